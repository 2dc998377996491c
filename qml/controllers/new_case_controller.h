// Controller of "Nieuwe casus": opens a case (family) on this device with the JGT worker as its
// member; the next sync brings it to the server.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class NewCaseController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   changed REQUIRED)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit NewCaseController(QObject* parent = nullptr) : QObject(parent) {}

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile) {
        m_caseFile = caseFile;
        emit changed();
    }
    QString errorText() const { return m_errorText; }

    // The new case's id, or "" with the reason in errorText.
    Q_INVOKABLE QString create(const QString& name) {
        if (!m_caseFile) {
            return {};
        }
        const auto outcome = m_caseFile->addCase(name);
        m_errorText = outcome.message;
        emit changed();
        return outcome.ok ? outcome.value : QString();
    }

signals:
    void changed();

private:
    QPointer<CaseFileService> m_caseFile;
    QString m_errorText;
};

}  // namespace veldwerk::app
