// The cases (families) on this device, for "Mijn casussen". Filled from the vault when the
// session unlocks (and after every sync round) and emptied when it locks, so no client data
// outlives the open vault. Each case says where attention is needed: the latest safety judgement
// (in words), open disagreements, changes waiting to be synced, a returned assessment, due dates
// that passed (core/followup's reminders), and for a supervisor assessments waiting for review;
// cases needing attention come first. `filter` searches by name; `scope` "mine" / "team" (a
// supervisor's device holds the team's cases: "mine" is the ones with something waiting for this
// user). The model never writes client data; core logs reading each case's follow-up in the
// device's audit trail.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <vector>

#include "qml/services/vault_session.h"

namespace veldwerk::app {

class CaseListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::VaultSession* session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY filterChanged)
    // The user of this device is a supervisor (the page then offers mijn casussen / team).
    Q_PROPERTY(bool supervisor READ supervisor NOTIFY countChanged)

public:
    // "id" cannot be a QML property name, hence caseId.
    // ConflictCountRole: open disagreements in the case's assessments.
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        CreatedAtRole,
        ConflictCountRole,
        SafetyRole,      // latest safety judgement: onveilig | voorwaardelijk_veilig | veilig | ""
        SafetyTextRole,  // "Onveilig", or "Nog geen veiligheidsoordeel"
        PendingRole,     // changes waiting to be synced
        ReturnedRole,    // an assessment was returned by the supervisor
        AwaitingReviewRole,  // submitted assessments (a supervisor's work)
        AttentionRole,       // needs attention now
        AttentionTextRole,   // "Teruggestuurd · 1 verschil van inzicht · 3 wijzigingen niet
                             // verzonden"
    };
    Q_ENUM(Roles)

    explicit CaseListModel(QObject* parent = nullptr);

    VaultSession* session() const { return m_session; }
    void setSession(VaultSession* session);
    int count() const { return static_cast<int>(m_cases.size()); }
    QString filter() const { return m_filter; }
    void setFilter(const QString& filter);
    QString scope() const { return m_scope; }
    void setScope(const QString& scope);
    bool supervisor() const { return m_supervisor; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the cases again from the open vault (empties the list when locked).
    Q_INVOKABLE void refresh();

signals:
    void sessionChanged();
    void countChanged();
    void filterChanged();

private:
    struct Row {
        QString id;
        QString name;
        QDateTime createdAt;
        int conflictCount = 0;
        QString safety;
        QString safetyText;
        int pending = 0;
        bool returned = false;
        int awaitingReview = 0;
        bool attention = false;
        QString attentionText;
    };
    void replaceRows(std::vector<Row> rows);
    void applyFilter();

    QPointer<VaultSession> m_session;
    std::vector<Row> m_all;
    std::vector<Row> m_cases;
    QString m_filter;
    QString m_scope = QStringLiteral("team");
    bool m_supervisor = false;
};

// Orders cases for the list: attention first, then the more unsafe judgement, then by name.
bool caseShownBefore(int attentionA, int safetyRankA, const QString& nameA, int attentionB,
                     int safetyRankB, const QString& nameB);

}  // namespace veldwerk::app
