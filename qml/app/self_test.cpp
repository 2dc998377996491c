#include "qml/app/self_test.h"

#include <QDirIterator>
#include <QQmlComponent>
#include <QTextStream>
#include <memory>

namespace veldwerk::app {

namespace {
// Warnings raised while QML loads (bindings, missing properties) count as failures.
int g_qmlWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String("qrc:/"))) {
        ++g_qmlWarnings;
    }
    g_previousHandler(type, context, message);
}
}  // namespace

bool SelfTest::loads(const QUrl& url) {
    const int warningsBefore = g_qmlWarnings;
    QQmlComponent component(&m_engine, url, QQmlComponent::PreferSynchronous);
    if (component.isError()) {
        QTextStream(stderr) << "self-test: FAIL " << url.toString() << "\n"
                            << component.errorString();
        return false;
    }
    // Pages and the shell need services and ids (required properties); create them as the app
    // would, with no case or assessment chosen.
    if (url.path().contains(QLatin1String("/pages/")) ||
        url.path().endsWith(QLatin1String("/AppShell.qml"))) {
        const QVariantMap available{{QStringLiteral("session"), QVariant::fromValue(&m_session)},
                                    {QStringLiteral("caseFile"), QVariant::fromValue(&m_caseFile)},
                                    {QStringLiteral("sync"), QVariant::fromValue(&m_sync)},
                                    {QStringLiteral("caseId"), QString()},
                                    {QStringLiteral("assessmentId"), QString()}};
        std::unique_ptr<QObject> page(component.beginCreate(m_engine.rootContext()));
        if (page) {
            QVariantMap wanted;
            for (auto it = available.cbegin(); it != available.cend(); ++it) {
                if (page->metaObject()->indexOfProperty(it.key().toUtf8().constData()) >= 0) {
                    wanted.insert(it.key(), it.value());
                }
            }
            component.setInitialProperties(page.get(), wanted);
            component.completeCreate();
        }
        if (!page || component.isError()) {
            QTextStream(stderr) << "self-test: FAIL creating " << url.toString() << "\n"
                                << component.errorString();
            return false;
        }
    }
    if (g_qmlWarnings != warningsBefore) {
        QTextStream(stderr) << "self-test: FAIL " << url.toString() << " warned while loading\n";
        return false;
    }
    QTextStream(stdout) << "self-test: ok   " << url.toString() << "\n";
    return true;
}

int SelfTest::run(const QUrl& mainWindow) {
    g_previousHandler = qInstallMessageHandler(countWarnings);
    int files = 0;
    bool ok = true;
    QDirIterator it(QStringLiteral(":/Veldwerk"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        ok = loads(QUrl(QStringLiteral("qrc") + it.next())) && ok;
        ++files;
    }
    if (files == 0) {
        QTextStream(stderr) << "self-test: FAIL no QML files found under qrc:/Veldwerk\n";
        ok = false;
    }
    // Creating the window also evaluates its bindings against the real services.
    const int warningsBefore = g_qmlWarnings;
    m_engine.load(mainWindow);
    if (m_engine.rootObjects().isEmpty() || g_qmlWarnings != warningsBefore) {
        QTextStream(stderr) << "self-test: FAIL creating " << mainWindow.toString() << "\n";
        ok = false;
    }
    qInstallMessageHandler(g_previousHandler);
    QTextStream(ok ? stdout : stderr)
        << "self-test: " << files << " QML files, " << (ok ? "all loaded" : "FAILED") << "\n";
    return ok ? 0 : 1;
}

}  // namespace veldwerk::app
