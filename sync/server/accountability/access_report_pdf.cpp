// The client access report as a PDF for the family, in plain Dutch, drawn through the shared
// PDF writer (sync/pdf: cairo), so the file is real PDF with extractable text.
#include <map>

#include "sync/pdf/pdf_pages.h"
#include "sync/server/accountability/client_access_report.h"

namespace veldwerk::sync::server {

namespace {

using pdf::kMargin;
using pdf::kPageHeight;
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
        pdf::PdfPages pdf(out);
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
            pdf.text(kMargin, y, "Niemand heeft dit dossier ingezien of gewijzigd.", 515,
                     kFontSize);
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
                pdf.text(kColumns[i].x, y, cells[i], kColumns[i].width, kFontSize);
            }
            y += kLine;
        }
        pdf.finish();
    }
    return out;
}

}  // namespace veldwerk::sync::server
