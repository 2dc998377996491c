// Controller of the case file's team part: the people of the case (add, with birth date), the
// members with role and organisation, the family's consent for the GI colleague (record who gave
// it and when; withdraw it, with its consequence said first), adding the GI colleague only while
// consent is in force (and otherwise why not), and the case's audit trail on this device. Every
// write goes through core's repositories (change record + audit log) and syncs like an answer.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <optional>
#include <string>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class CaseTeamController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged REQUIRED)
    // [{personId, name, role, roleText, born, bornText}]
    Q_PROPERTY(QVariantList persons READ persons NOTIFY changed)
    // [{userId, name, role, roleText, org}]
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    // [{consentId, givenBy, text, inForce}] newest first; text says who, for what, when.
    Q_PROPERTY(QVariantList consents READ consents NOTIFY changed)
    Q_PROPERTY(bool consentInForce READ consentInForce NOTIFY changed)
    // Only a JGT member records consent, adds people and members.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(bool canAddGi READ canAddGi NOTIFY changed)
    // Why the GI colleague cannot be added now ("" when they can).
    Q_PROPERTY(QString addGiReason READ addGiReason NOTIFY changed)
    // GI professionals this device knows who are not members yet: [{userId, name, org}].
    Q_PROPERTY(QVariantList giCandidates READ giCandidates NOTIFY changed)
    // What withdrawing consent does, said before it is done.
    Q_PROPERTY(QString withdrawConsequence READ withdrawConsequence NOTIFY changed)
    // [{when, who, what}] newest first: changes to the case on this device.
    Q_PROPERTY(QVariantList auditTrail READ auditTrail NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    // "Noodtoegang tot …" while this user has the case by emergency access ("" otherwise).
    Q_PROPERTY(QString emergencyText READ emergencyText NOTIFY changed)

public:
    explicit CaseTeamController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);

    QVariantList persons() const { return m_persons; }
    QVariantList members() const { return m_members; }
    QVariantList consents() const { return m_consents; }
    bool consentInForce() const { return m_consentInForce; }
    bool canEdit() const { return m_canEdit; }
    bool canAddGi() const { return m_canEdit && m_consentInForce && !m_giCandidates.isEmpty(); }
    QString addGiReason() const;
    QVariantList giCandidates() const { return m_giCandidates; }
    QString withdrawConsequence() const;
    QVariantList auditTrail() const { return m_auditTrail; }
    QString errorText() const { return m_errorText; }
    QString emergencyText() const { return m_emergencyText; }

    // role: "kind" or "ouder"; born: YYYY-MM-DD or "".
    Q_INVOKABLE bool addPerson(const QString& role, const QString& name, const QString& born);
    // Corrects a family member's role, name or birth date (checked as when adding).
    Q_INVOKABLE bool editPerson(const QString& personId, const QString& role, const QString& name,
                                const QString& born);
    // givenBy: who gave it, e.g. "Marieke (moeder)". For the GI colleague.
    Q_INVOKABLE bool recordConsent(const QString& givenBy);
    Q_INVOKABLE bool withdrawConsent();
    Q_INVOKABLE bool addGiMember(const QString& userId);
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    bool fail(const QString& message, const std::exception& e);
    // The checks of a person typed in; false (with errorText said) when one fails.
    bool checkPerson(const QString& role, const QString& name, const QString& born,
                     std::optional<std::string>& date);

    QPointer<CaseFileService> m_caseFile;
    QString m_caseId;
    QVariantList m_persons;
    QVariantList m_members;
    QVariantList m_consents;
    QVariantList m_giCandidates;
    QVariantList m_auditTrail;
    bool m_consentInForce = false;
    bool m_canEdit = false;
    QString m_errorText;
    QString m_emergencyText;
};

// "JGT-medewerker", "GI-medewerker", "Gedragswetenschapper" for a role id.
QString memberRoleText(const std::string& role);

}  // namespace veldwerk::app
