// Positioning at check-in through Qt's NMEA source fed from the recorded fixture
// (../shared/fixtures/visit-leiderdorp.nmea) via a QBuffer (the first fix is emitted at once; only
// later ones would follow at the recorded pace): a fix with its accuracy, a declined fix, a source
// that never answers (the timeout, injected short here, ends in no_fix and the visit still starts)
// and `never` mode (no source opened).
#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>

#include "core/domain/case_repository.h"
#include "core/vault/vault.h"
#include "core/visit/visit_service.h"
#include "platform/positioning/checkin_position.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using platform::CheckinPosition;
using platform::PositionUse;
using namespace std::chrono_literals;

namespace {

QByteArray fixture() {
    const std::filesystem::path path = VELDWERK_SHARED_FIXTURES "/visit-leiderdorp.nmea";
    INFO("the NMEA fixture must be at " << path.string()
                                        << " (../shared/fixtures beside the repository)");
    REQUIRE(std::filesystem::exists(path));
    QFile file(QString::fromStdString(path.string()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Outcome {
    std::optional<visit::PositionStamp> stamp;
    int count = 0;
    qint64 elapsedMs = 0;
};

// Seeks (then runs `then`), and processes events until finished() or `limitMs`.
Outcome seek(CheckinPosition& position, const std::function<void()>& then = {},
             int limitMs = 5000) {
    Outcome out;
    const auto c = QObject::connect(&position, &CheckinPosition::finished,
                                    [&out](const visit::PositionStamp& s) {
                                        out.stamp = s;
                                        ++out.count;
                                    });
    QElapsedTimer timer;
    timer.start();
    position.seek();
    if (then) {
        then();
    }
    while (!out.stamp && timer.elapsed() < limitMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    out.elapsedMs = timer.elapsed();
    for (int i = 0; i < 10; ++i) {  // a second finished() would show here
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    QObject::disconnect(c);
    return out;
}

}  // namespace

TEST_CASE("positioning: a fix from the NMEA fixture comes with its accuracy and time") {
    QBuffer nmea;
    nmea.setData(fixture());
    REQUIRE(nmea.open(QIODevice::ReadOnly));
    CheckinPosition position(platform::nmeaDevicePositionSource(&nmea), PositionUse::Always, 5s);
    const auto got = seek(position);
    REQUIRE(got.count == 1);
    INFO("reason " << got.stamp->reason << " after " << got.elapsedMs << " ms");
    REQUIRE(got.stamp->fix.has_value());
    // The fixture's first fix: 52°09.5040' N, 4°31.9260' E, HDOP 1.4 (Leiderdorp, 12 March 2026).
    REQUIRE(got.stamp->fix->latitude == Approx(52.1584).margin(0.0005));
    REQUIRE(got.stamp->fix->longitude == Approx(4.5321).margin(0.0005));
    // Qt reports 2 x HDOP x the range error (a 95 % radius): 2 x 1.4 x 5 m.
    REQUIRE(got.stamp->fix->accuracyM == Approx(2 * 1.4 * platform::kNmeaRangeErrorM));
    REQUIRE(got.stamp->fix->atMs > 0);  // its age is shown from this
    REQUIRE(position.sourcesOpened() == 1);
    REQUIRE_FALSE(position.seeking());  // the source is closed again
}

TEST_CASE("positioning: the worker declines and no position is recorded") {
    QBuffer silent;  // nothing comes, so only the decline can end it
    REQUIRE(silent.open(QIODevice::ReadOnly));
    CheckinPosition position(platform::nmeaDevicePositionSource(&silent), PositionUse::Ask, 5s);
    REQUIRE(position.asksFirst());
    const auto got = seek(position, [&] { position.decline(); });
    REQUIRE(got.count == 1);
    REQUIRE_FALSE(got.stamp->fix.has_value());
    REQUIRE(got.stamp->reason == "declined");
    REQUIRE_FALSE(position.seeking());
}

TEST_CASE("positioning: a source that never answers times out and the visit still starts") {
    QBuffer silent;
    REQUIRE(silent.open(QIODevice::ReadOnly));
    CheckinPosition position(platform::nmeaDevicePositionSource(&silent), PositionUse::Always,
                             300ms);
    const auto got = seek(position);
    REQUIRE(got.count == 1);
    REQUIRE(got.elapsedMs >= 250);
    REQUIRE_FALSE(got.stamp->fix.has_value());
    REQUIRE(got.stamp->reason == "no_fix");

    // The stamp without a position starts the visit all the same.
    testing::VaultFixture f;
    const auto anna = f.vault->owner();
    const auto caseId = domain::CaseRepository(*f.vault).add(anna, "Gezin Test");
    forms::FormRegistry forms;
    forms.loadDirectory(forms::builtinDefinitionsDir());
    visit::VisitService visits(*f.vault, forms);
    visit::VisitStart start;
    start.caseId = caseId;
    start.position = *got.stamp;
    const auto id = visits.start(anna, start);
    const auto v = visits.find(anna, id);
    REQUIRE(v.running());
    REQUIRE(v.professional(anna.userId)->checkin->reason == "no_fix");
}

TEST_CASE("positioning: never mode opens no source and records off") {
    int opened = 0;
    CheckinPosition position(
        [&opened](QObject*) -> QGeoPositionInfoSource* {
            ++opened;
            return nullptr;
        },
        PositionUse::Never, 5s);
    const auto got = seek(position);
    REQUIRE(got.count == 1);
    REQUIRE(got.stamp->reason == "off");
    REQUIRE(opened == 0);
    REQUIRE(position.sourcesOpened() == 0);
}
