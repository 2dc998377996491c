#include "qml/services/app_translator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace veldwerk::app {

bool AppTranslator::loadLanguage(const QString& language) {
    const QString base = QStringLiteral(":/i18n/veldwerk_") + language;
    const bool loaded = load(base + QStringLiteral(".qm"));
    QFile ts(base + QStringLiteral(".ts"));
    if (!ts.open(QIODevice::ReadOnly)) {
        return loaded;
    }
    QXmlStreamReader xml(&ts);
    QString source;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("message")) {
            source.clear();
            forms.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural forms are <numerusform> children; otherwise the element's text.
            QStringList found;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    found << xml.readElementText();
                } else if (xml.isCharacters() && found.isEmpty()) {
                    forms = QStringList{xml.text().toString()};
                }
            }
            if (!found.isEmpty()) {
                forms = found;
            }
            if (!unfinished && !source.isEmpty() && !forms.isEmpty() && !forms.first().isEmpty()) {
                m_bySource.insert(source, forms);
            }
        }
    }
    return loaded || !m_bySource.isEmpty();
}

QString AppTranslator::translate(const char* context, const char* sourceText,
                                 const char* disambiguation, int n) const {
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isNull()) {
        return found;
    }
    const auto it = m_bySource.constFind(QString::fromUtf8(sourceText));
    if (it == m_bySource.constEnd()) {
        return {};
    }
    // English and Dutch: one form for 1, the other for everything else.
    const QStringList& forms = *it;
    QString text = forms.size() > 1 && n != 1 ? forms.at(1) : forms.first();
    if (n >= 0) {
        text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return text;
}

bool AppTranslator::isEmpty() const {
    return QTranslator::isEmpty() && m_bySource.isEmpty();
}

}  // namespace veldwerk::app
