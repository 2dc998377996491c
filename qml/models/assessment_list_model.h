// The assessments of one case for the case page: instrument title, for whom, status and last
// change in Dutch, most recently changed first. Reads again whenever the case file announces a
// change in this case; emptied when the vault closes. Read-only.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QPointer>
#include <vector>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class AssessmentListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // While false (the page is covered by another), changes are noted and read once it is true
    // again, instead of listing the case after every keystroke on the assessment page.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    enum Roles {
        AssessmentIdRole = Qt::UserRole + 1,
        FormIdRole,
        TitleRole,
        SubjectNameRole,
        StatusRole,
        StatusLabelRole,
        LastChangeTextRole,
        ConflictCountRole,  // open disagreements among its answers
        ReturnCommentRole,  // while returned: "Teruggestuurd door sanne: <comment>"
    };
    Q_ENUM(Roles)

    explicit AssessmentListModel(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);
    int count() const { return static_cast<int>(m_rows.size()); }
    bool active() const { return m_active; }
    void setActive(bool active);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void countChanged();
    void activeChanged();

private:
    struct Row {
        QString id;
        QString formId;
        QString title;
        QString subjectName;
        QString status;
        QString statusLabel;
        QString lastChangeText;
        int conflictCount = 0;
        std::int64_t lastChangeMs = 0;
        QString returnComment;
    };
    void replaceRows(std::vector<Row> rows);

    QPointer<CaseFileService> m_caseFile;
    QString m_caseId;
    std::vector<Row> m_rows;
    bool m_active = true;
    bool m_stale = false;
};

}  // namespace veldwerk::app
