// Controller of "Plan voor het gezin": the family's own copy of the case (core/family: the
// veiligheidsplan and the finished risicotaxaties' conclusions in plain Dutch, never a
// professional-only item) shown as sections, and saved as a PDF with Qt's PDF writer.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include "core/family/family_document.h"
#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class FamilyPlanController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY changed)
    Q_PROPERTY(QStringList intro READ intro NOTIFY changed)
    // [{heading, lines: [{text, bullet, quote}]}]
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    Q_PROPERTY(QString footer READ footer NOTIFY changed)
    // Where the last PDF was saved ("" when none yet).
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY changed)
    // After "Delen": what the tablet did with it ("" before).
    Q_PROPERTY(QString sharedText READ sharedText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit FamilyPlanController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);

    QString title() const;
    QString subtitle() const;
    QStringList intro() const;
    QVariantList sections() const;
    QString footer() const;
    QString savedPath() const { return m_savedPath; }
    QString sharedText() const { return m_sharedText; }
    QString errorText() const { return m_errorText; }

    // Saves the PDF in the tablet's documents folder; false with errorText when it cannot.
    Q_INVOKABLE bool savePdf();
    // Saves it at `path` (a file name the user or a test chose).
    Q_INVOKABLE bool savePdfTo(const QString& path);
    // "Delen": saves the PDF (again, where it was saved before: the plan may have changed) and
    // hands it to the platform
    // (platform::DocumentShare); false with errorText when either fails.
    Q_INVOKABLE bool share();
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    QPointer<CaseFileService> m_caseFile;
    QString m_caseId;
    family::FamilyDocument m_document;
    QString m_savedPath;
    QString m_sharedText;
    QString m_errorText;
};

}  // namespace veldwerk::app
