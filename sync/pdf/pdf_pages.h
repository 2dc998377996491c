// A4 PDF pages with real, extractable text, drawn with cairo's PDF surface (a well-kept Debian
// library instead of hand-written PDF). The one PDF writer of the Qt-free side: the server's
// "who read my file" report and the family's own copy (CLI) are both drawn through it; the
// tablet draws the same family document with Qt's PDF writer (qml/family).
#pragma once

#include <string>
#include <vector>

typedef struct _cairo_surface cairo_surface_t;
typedef struct _cairo cairo_t;

namespace veldwerk::pdf {

inline constexpr double kPageWidth = 595.28;  // A4 in points
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMargin = 40;

class PdfPages {
public:
    // The PDF is appended to `out` as it is written; complete after finish().
    explicit PdfPages(std::string& out);
    ~PdfPages();
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    // Text at (x, y), cut to fit `width` points.
    void text(double x, double y, std::string s, double width, double size, bool bold = false,
              bool italic = false);
    // `s` broken at spaces into lines no wider than `width` (a word wider than that is cut).
    std::vector<std::string> wrap(const std::string& s, double width, double size,
                                  bool bold = false, bool italic = false);
    void rule(double y);
    void nextPage();
    // Throws std::runtime_error when cairo failed to write the PDF.
    void finish();

private:
    void font(double size, bool bold, bool italic);
    double advance(const std::string& s);

    cairo_surface_t* m_surface;
    cairo_t* m_cr;
};

}  // namespace veldwerk::pdf
