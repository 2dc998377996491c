import QtQuick

// A list whose delegates report a tap as `activated(key)`: a delegate calls
// (ListView.view as VwListView).activated(key), and the page handles it where it declares the
// list. (Qt 6.4's qmllint cannot check a delegate reaching out to the page's ids directly.)
ListView {
    signal activated(string key)
}
