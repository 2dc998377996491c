// The client access report as a PDF for the family, in plain Dutch: cairo's PDF surface (a
// well-kept Debian library) draws the text, so the file is real PDF with extractable text.
#include <cairo-pdf.h>
#include <cairo.h>

#include <map>
#include <stdexcept>

#include "sync/server/accountability/client_access_report.h"

namespace veldwerk::sync::server {

namespace {

constexpr double kPageWidth = 595.28;  // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 40;
constexpr double kLine = 13;
constexpr double kFontSize = 8;

const std::string& dutch(const std::map<std::string, std::string>& words, const std::string& w) {
    const auto it = words.find(w);
    return it == words.end() ? w : it->second;
}

std::string actionText(const AccessReportRow& r) {
    static const std::map<std::string, std::string> kWords = {
        {"create", "aangemaakt"},    {"read", "ingezien"},        {"change", "gewijzigd"},
        {"delete", "verwijderd"},    {"search", "gezocht"},       {"export", "geëxporteerd"},
        {"transfer", "doorgegeven"}, {"emergency", "NOODTOEGANG"}};
    return dutch(kWords, r.action) + (r.refused ? " (geweigerd)" : "");
}

std::string roleText(const std::string& role) {
    static const std::map<std::string, std::string> kWords = {
        {"jgt", "JGT-medewerker"},
        {"gi", "GI-medewerker"},
        {"supervisor", "gedragswetenschapper"},
        {"admin", "beheerder"}};
    return dutch(kWords, role);
}

std::string recordText(const std::string& entity) {
    static const std::map<std::string, std::string> kWords = {
        {"case", "dossier"},      {"person", "persoon"},     {"assessment", "beoordeling"},
        {"answer", "antwoorden"}, {"member", "betrokkenen"}, {"consent", "toestemming"},
        {"event", "beoordeling"}};
    return dutch(kWords, entity);
}

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

class PdfPages {
public:
    explicit PdfPages(std::string& out)
        : m_surface(cairo_pdf_surface_create_for_stream(appendTo, &out, kPageWidth, kPageHeight)),
          m_cr(cairo_create(m_surface)) {
        cairo_select_font_face(m_cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                               CAIRO_FONT_WEIGHT_NORMAL);
    }
    ~PdfPages() {
        cairo_destroy(m_cr);
        cairo_surface_destroy(m_surface);
    }
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    // Text cut to fit `width` points.
    void text(double x, double y, std::string s, double width, double size = kFontSize,
              bool bold = false) {
        cairo_select_font_face(m_cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(m_cr, size);
        cairo_text_extents_t extents;
        cairo_text_extents(m_cr, s.c_str(), &extents);
        while (!s.empty() && extents.x_advance > width) {
            do {  // drop a whole UTF-8 character
                s.pop_back();
            } while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80);
            cairo_text_extents(m_cr, s.c_str(), &extents);
        }
        cairo_move_to(m_cr, x, y);
        cairo_show_text(m_cr, s.c_str());
    }
    void rule(double y) {
        cairo_set_line_width(m_cr, 0.5);
        cairo_move_to(m_cr, kMargin, y);
        cairo_line_to(m_cr, kPageWidth - kMargin, y);
        cairo_stroke(m_cr);
    }
    void nextPage() { cairo_show_page(m_cr); }
    void finish() {
        cairo_surface_finish(m_surface);
        if (cairo_surface_status(m_surface) != CAIRO_STATUS_SUCCESS) {
            throw std::runtime_error("writing the PDF failed");
        }
    }

private:
    cairo_surface_t* m_surface;
    cairo_t* m_cr;
};

struct Column {
    const char* title;
    double x;
    double width;
};

constexpr Column kColumns[] = {
    {"Wanneer", kMargin, 82},
    {"Wie", kMargin + 84, 60},
    {"Organisatie en rol", kMargin + 146, 130},
    {"Wat", kMargin + 278, 70},
    {"Welk deel", kMargin + 350, 60},
    {"Apparaat", kMargin + 412, 103},
};

}  // namespace

std::string accessReportPdf(const AccessReport& report, std::int64_t madeAtMs) {
    std::string out;
    {
        PdfPages pdf(out);
        int page = 1;
        double y = kMargin;
        const auto header = [&] {
            pdf.text(kMargin, y + 12, "Wie heeft uw dossier ingezien of gewijzigd?", 515, 14, true);
            y += 30;
            pdf.text(kMargin, y,
                     "Dossier " + report.caseId +
                         (report.personId ? ", persoon " + *report.personId : ""),
                     515, 9);
            y += kLine;
            pdf.text(kMargin, y,
                     "Gemaakt op " + reportTime(madeAtMs) + ". Alle tijden zijn in UTC. Pagina " +
                         std::to_string(page) + ".",
                     515, 9);
            y += kLine * 1.5;
            for (const auto& c : kColumns) {
                pdf.text(c.x, y, c.title, c.width, kFontSize, true);
            }
            y += 4;
            pdf.rule(y);
            y += kLine;
        };
        header();
        if (report.rows.empty()) {
            pdf.text(kMargin, y, "Niemand heeft dit dossier ingezien of gewijzigd.", 515);
        }
        for (const auto& r : report.rows) {
            if (y > kPageHeight - kMargin) {
                pdf.nextPage();
                ++page;
                y = kMargin;
                header();
            }
            const std::string cells[] = {reportTime(r.atMs),
                                         r.user,
                                         r.org + (r.role.empty() ? "" : ", " + roleText(r.role)),
                                         actionText(r),
                                         recordText(r.entity),
                                         r.device};
            for (std::size_t i = 0; i < std::size(kColumns); ++i) {
                pdf.text(kColumns[i].x, y, cells[i], kColumns[i].width);
            }
            y += kLine;
        }
        pdf.finish();
    }
    return out;
}

}  // namespace veldwerk::sync::server
