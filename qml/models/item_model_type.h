// Describes QAbstractItemModel to QML tooling. Qt 6.4 ships no type information for it, so
// qmllint cannot resolve the base of our list models without this foreign declaration.
#pragma once

#include <QtQml/qqml.h>
#include <QAbstractItemModel>

namespace veldwerk::app {

struct ItemModelType {
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

}  // namespace veldwerk::app
