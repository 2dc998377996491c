// The people of one case (children and parents) for the case page, children first. Read from
// the open vault when the case or the session changes, emptied when the vault closes.
// Read-only: the model never writes storage.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QPointer>
#include <vector>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class PersonListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int childCount READ childCount NOTIFY countChanged)

public:
    enum Roles { PersonIdRole = Qt::UserRole + 1, NameRole, RoleRole, RoleLabelRole, DetailRole };
    Q_ENUM(Roles)

    explicit PersonListModel(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);
    int count() const { return static_cast<int>(m_rows.size()); }
    int childCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void countChanged();

private:
    struct Row {
        QString id;
        QString name;
        QString role;
        QString roleLabel;
        QString detail;
    };
    void replaceRows(std::vector<Row> rows);

    QPointer<CaseFileService> m_caseFile;
    QString m_caseId;
    std::vector<Row> m_rows;
};

}  // namespace veldwerk::app
