#include "qml/family/family_plan_controller.h"

#include <QDate>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QVariantMap>

#include "core/family/family_copy.h"
#include "platform/share/document_share.h"
#include "qml/family/family_pdf_writer.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcFamily, "veldwerk.family")

QString q(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

FamilyPlanController::FamilyPlanController(QObject* parent) : QObject(parent) {}

void FamilyPlanController::setCaseFile(CaseFileService* caseFile) {
    if (m_caseFile == caseFile) {
        return;
    }
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
    }
    m_caseFile = caseFile;
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::opened, this, &FamilyPlanController::refresh);
        connect(m_caseFile, &CaseFileService::changedBySync, this, &FamilyPlanController::refresh);
        connect(m_caseFile, &CaseFileService::closed, this, &FamilyPlanController::refresh);
        connect(m_caseFile, &CaseFileService::assessmentChanged, this,
                [this](const QString& caseId, const QString&) {
                    if (caseId == m_caseId) {
                        refresh();
                    }
                });
    }
    emit inputsChanged();
    refresh();
}

void FamilyPlanController::setCaseId(const QString& caseId) {
    if (m_caseId != caseId) {
        m_caseId = caseId;
        emit inputsChanged();
        refresh();
    }
}

QString FamilyPlanController::title() const {
    return q(m_document.title);
}
QString FamilyPlanController::subtitle() const {
    return q(m_document.subtitle);
}
QString FamilyPlanController::footer() const {
    return q(m_document.footer);
}

QStringList FamilyPlanController::intro() const {
    QStringList out;
    for (const auto& p : m_document.intro) {
        out.append(q(p));
    }
    return out;
}

QVariantList FamilyPlanController::sections() const {
    QVariantList out;
    for (const auto& s : m_document.sections) {
        QVariantList lines;
        for (const auto& l : s.lines) {
            lines.append(QVariantMap{{QStringLiteral("text"), q(l.text)},
                                     {QStringLiteral("bullet"), l.bullet},
                                     {QStringLiteral("quote"), l.quote}});
        }
        out.append(QVariantMap{{QStringLiteral("heading"), q(s.heading)},
                               {QStringLiteral("lines"), lines}});
    }
    return out;
}

void FamilyPlanController::refresh() {
    m_document = {};
    m_errorText.clear();
    if (m_caseFile && m_caseFile->isOpen() && !m_caseId.isEmpty()) {
        try {
            m_document = family::familyCopy(*m_caseFile->session().vault(), m_caseFile->forms(),
                                            m_caseFile->actor(), m_caseId.toStdString());
        } catch (const std::exception& e) {
            qCWarning(lcFamily, "case %s: %s", qPrintable(m_caseId), e.what());
            m_errorText = tr("Het plan voor het gezin kon niet worden gemaakt.");
        }
    }
    emit changed();
}

bool FamilyPlanController::savePdf() {
    auto dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    QDir().mkpath(dir);
    const auto name = tr("Plan voor het gezin %1.pdf")
                          .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    return savePdfTo(QDir(dir).filePath(name));
}

bool FamilyPlanController::savePdfTo(const QString& path) {
    if (m_document.title.empty() || !m_caseFile || !m_caseFile->isOpen()) {
        m_errorText = tr("Er is nog geen plan voor het gezin om te bewaren.");
        emit changed();
        return false;
    }
    QString error;
    if (!writeFamilyPdf(m_document, path, &error)) {
        qCWarning(lcFamily, "%s", qPrintable(error));
        m_errorText = tr("De PDF kon niet worden bewaard. Is er ruimte op het apparaat?");
        emit changed();
        return false;
    }
    try {
        family::recordExport(*m_caseFile->session().vault(), m_caseFile->actor(),
                             m_caseId.toStdString());
    } catch (const std::exception& e) {
        qCWarning(lcFamily, "audit of the family copy: %s", e.what());
    }
    m_savedPath = path;
    m_errorText.clear();
    emit changed();
    return true;
}

bool FamilyPlanController::share() {
    m_sharedText.clear();
    if (!(m_savedPath.isEmpty() ? savePdf() : savePdfTo(m_savedPath))) {
        return false;
    }
    if (!platform::DocumentShare::forThisPlatform().share(m_savedPath)) {
        qCWarning(lcFamily, "the platform took no share of the family copy");
        m_errorText =
            tr("Delen lukte niet op dit apparaat. De PDF is bewaard als %1.").arg(m_savedPath);
        emit changed();
        return false;
    }
    m_sharedText =
        tr("De map met de PDF is geopend: stuur het bestand van daaruit naar het "
           "gezin of druk het af.");
    emit changed();
    return true;
}

}  // namespace veldwerk::app
