#include "qml/family/family_pdf_writer.h"

#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace veldwerk::app {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Draws paragraphs top to bottom, starting a new page when the next one does not fit.
class PageFlow {
public:
    PageFlow(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer),
          m_painter(painter),
          m_width(painter.viewport().width()),
          m_height(painter.viewport().height()) {}

    void paragraph(const QString& text, const QFont& font, int indent = 0, int spaceAfter = 0) {
        m_painter.setFont(font);
        const QRect box(indent, 0, m_width - indent, m_height);
        const auto needed = m_painter.boundingRect(box, Qt::TextWordWrap, text).height();
        room(needed);
        m_painter.drawText(QRect(indent, m_y, m_width - indent, needed), Qt::TextWordWrap, text);
        m_y += needed + spaceAfter;
    }
    void bullet(const QString& text, const QFont& font, int indent) {
        m_painter.setFont(font);
        const QRect box(indent, 0, m_width - indent, m_height);
        room(m_painter.boundingRect(box, Qt::TextWordWrap, text).height());
        m_painter.drawText(QPoint(indent / 4, m_y + QFontMetrics(font, &m_writer).ascent()),
                           QStringLiteral("•"));
        paragraph(text, font, indent);
    }
    // Keeps a heading with what follows it.
    void room(int needed) {
        if (m_y > 0 && m_y + needed > m_height) {
            m_writer.newPage();
            m_y = 0;
        }
    }
    void skip(int dy) { m_y += dy; }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    int m_width;
    int m_height;
    int m_y = 0;
};

}  // namespace

bool writeFamilyPdf(const family::FamilyDocument& doc, const QString& path, QString* error) {
    const QString partial = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(q(doc.title));
        writer.setCreator(QStringLiteral("Veldwerk"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error) {
                *error = QStringLiteral("cannot start the PDF at ") + partial;
            }
            QFile::remove(partial);
            return false;
        }
        QFont body(QStringLiteral("DejaVu Sans"));
        body.setPointSizeF(11);
        QFont heading(body);
        heading.setPointSizeF(14);
        heading.setBold(true);
        QFont title(heading);
        title.setPointSizeF(20);
        QFont quote(body);
        quote.setItalic(true);
        const int line = QFontMetrics(body, &writer).height();
        PageFlow flow(writer, painter);
        flow.paragraph(q(doc.title), title, 0, line / 2);
        flow.paragraph(q(doc.subtitle), body, 0, line / 3);
        for (const auto& p : doc.intro) {
            flow.paragraph(q(p), body);
        }
        for (const auto& section : doc.sections) {
            flow.skip(line * 2 / 3);
            flow.room(3 * line);
            flow.paragraph(q(section.heading), heading, 0, line / 4);
            for (const auto& l : section.lines) {
                if (l.bullet) {
                    flow.bullet(q(l.text), body, line * 3 / 2);
                } else {
                    flow.paragraph(q(l.text), l.quote ? quote : body, l.quote ? line * 3 / 2 : 0);
                }
            }
        }
        flow.skip(line);
        flow.paragraph(q(doc.footer), body);
        painter.end();
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        if (error) {
            *error = QStringLiteral("cannot move the PDF into place at ") + path;
        }
        QFile::remove(partial);
        return false;
    }
    return true;
}

}  // namespace veldwerk::app
