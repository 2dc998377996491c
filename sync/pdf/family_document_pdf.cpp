#include "sync/pdf/family_document_pdf.h"

#include "sync/pdf/pdf_pages.h"

namespace veldwerk::pdf {

namespace {
constexpr double kWidth = kPageWidth - 2 * kMargin;
constexpr double kBody = 11;  // large, plain type for reading at the kitchen table
constexpr double kLine = 15;
constexpr double kIndent = 14;
}  // namespace

std::string familyDocumentPdf(const family::FamilyDocument& doc) {
    std::string out;
    {
        PdfPages pdf(out);
        double y = kMargin + 10;
        const auto room = [&](double needed) {
            if (y + needed > kPageHeight - kMargin) {
                pdf.nextPage();
                y = kMargin + 10;
            }
        };
        const auto paragraph = [&](const std::string& text, double x, double size, bool bold,
                                   bool italic) {
            for (const auto& line : pdf.wrap(text, kWidth - (x - kMargin), size, bold, italic)) {
                room(kLine);
                pdf.text(x, y, line, kWidth - (x - kMargin), size, bold, italic);
                y += size + 4;
            }
        };
        paragraph(doc.title, kMargin, 20, true, false);
        y += 4;
        paragraph(doc.subtitle, kMargin, kBody, false, false);
        y += 4;
        for (const auto& p : doc.intro) {
            paragraph(p, kMargin, kBody, false, false);
        }
        for (const auto& section : doc.sections) {
            room(3 * kLine);  // a heading never ends a page
            y += kLine * 0.6;
            paragraph(section.heading, kMargin, 14, true, false);
            y += 2;
            for (const auto& line : section.lines) {
                if (line.bullet) {
                    room(kLine);
                    pdf.text(kMargin + 2, y, "•", kIndent, kBody);
                }
                paragraph(line.text, kMargin + (line.bullet || line.quote ? kIndent : 0), kBody,
                          false, line.quote);
            }
        }
        y += kLine;
        room(kLine);
        pdf.rule(y - kLine + 4);
        paragraph(doc.footer, kMargin, kBody, false, false);
        pdf.finish();
    }
    return out;
}

}  // namespace veldwerk::pdf
