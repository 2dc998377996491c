// Emergency access ("break the glass", issue 14.5, in the app): a JGT professional or a
// supervisor opens a case of their organisation they are not a member of, stating why. The case
// number comes from whoever asks for help (a colleague, the crisis service); the reason is
// required (without it the button stays disabled and `whyNot` says so). The request goes through
// the app's sync service: sync::requestEmergencyAccess (the path of `veldwerk-cli case emergency`)
// on the sync worker, then the round that brings the case. The server decides and refuses in
// words the professional understands; a granted case says until when.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"

namespace veldwerk::app {

class EmergencyAccessController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(
        veldwerk::app::SyncService* sync READ sync WRITE setSync NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(QString caseNumber READ caseNumber WRITE setCaseNumber NOTIFY changed)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY changed)
    // Only a JGT professional or a supervisor asks for emergency access.
    Q_PROPERTY(bool allowed READ allowed NOTIFY changed)
    Q_PROPERTY(bool canRequest READ canRequest NOTIFY changed)
    // Why the request cannot be sent now ("" when it can).
    Q_PROPERTY(QString whyNot READ whyNot NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // What happens on a request, said before it is sent.
    Q_PROPERTY(QString explanation READ explanation CONSTANT)
    // After a grant: the case's id and name, and until when ("" before).
    Q_PROPERTY(QString grantedCaseId READ grantedCaseId NOTIFY changed)
    Q_PROPERTY(QString grantedText READ grantedText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit EmergencyAccessController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    SyncService* sync() const { return m_sync; }
    void setSync(SyncService* sync);
    QString caseNumber() const { return m_caseNumber; }
    void setCaseNumber(const QString& number);
    QString reason() const { return m_reason; }
    void setReason(const QString& reason);

    bool allowed() const;
    bool canRequest() const { return whyNot().isEmpty(); }
    QString whyNot() const;
    bool busy() const { return m_busy; }
    QString explanation() const;
    QString grantedCaseId() const { return m_grantedCaseId; }
    QString grantedText() const { return m_grantedText; }
    QString errorText() const { return m_errorText; }

    // Sends the request (then a sync round); false when it cannot be sent (errorText says why).
    // The answer comes later: `granted` or errorText.
    Q_INVOKABLE bool request();

signals:
    void inputsChanged();
    void changed();
    void granted(const QString& caseId);

private:
    // Filled on the sync worker, read on the GUI thread after the round (the queued call that
    // hands the outcome over orders the two).
    struct Answer {
        bool done = false;
        std::int64_t expiresAt = 0;
        std::string refusalCode;  // the protocol's code when the server refused
    };
    void finish(const std::shared_ptr<Answer>& answer, const RoundOutcome& outcome);

    QPointer<CaseFileService> m_caseFile;
    QPointer<SyncService> m_sync;
    QString m_caseNumber;
    QString m_reason;
    bool m_busy = false;
    QString m_grantedCaseId;
    QString m_grantedText;
    QString m_errorText;
};

// "Noodtoegang tot di 8 december 14:03" for a case this user opened in an emergency ("" when
// not, or no longer): shown on the case and in the case list.
QString emergencyAccessText(vault::Vault& vault, const std::string& caseId, std::int64_t nowMs);

}  // namespace veldwerk::app
