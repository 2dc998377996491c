// Closing a case from the case file (issue 14.6, in the app): only a JGT member of the case
// closes it (otherwise `whyNot` says why); the confirmation says plainly what happens (the case
// leaves every tablet at the next sync, the server keeps it 20 years) and what of it has not been
// synced yet. The same core path as `veldwerk-cli case close` (CaseRepository::close: the change
// record's `closed_at`), then a sync round at once when one can start.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>

#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"

namespace veldwerk::app {

class CaseClosureController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged REQUIRED)
    // Optional: with it, closing syncs at once (the case then leaves this tablet too).
    Q_PROPERTY(veldwerk::app::SyncService* sync READ sync WRITE setSync NOTIFY inputsChanged)
    Q_PROPERTY(bool canClose READ canClose NOTIFY changed)
    // Why this user cannot close the case ("" when they can).
    Q_PROPERTY(QString whyNot READ whyNot NOTIFY changed)
    // What closing does, said before it is done.
    Q_PROPERTY(QString consequence READ consequence NOTIFY changed)
    // What of this case waits on this tablet for the next sync ("" when nothing).
    Q_PROPERTY(QString unsyncedText READ unsyncedText NOTIFY changed)
    // Set once closed: the case is closed on this tablet and leaves it at the next sync.
    Q_PROPERTY(bool closed READ closed NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit CaseClosureController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);
    SyncService* sync() const { return m_sync; }
    void setSync(SyncService* sync);

    bool canClose() const { return m_role == "jgt" && !m_closed; }
    QString whyNot() const;
    QString consequence() const;
    QString unsyncedText() const { return m_unsyncedText; }
    bool closed() const { return m_closed; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE bool closeCase();
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();
    // The case was closed on this tablet (the page goes back to the case list).
    void caseClosed();

private:
    QPointer<CaseFileService> m_caseFile;
    QPointer<SyncService> m_sync;
    QString m_caseId;
    std::string m_role;
    bool m_closed = false;
    QString m_unsyncedText;
    QString m_errorText;
};

}  // namespace veldwerk::app
