#include "sync/pdf/pdf_pages.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <stdexcept>

namespace veldwerk::pdf {

namespace {
cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void dropLastCharacter(std::string& s) {
    do {  // a whole UTF-8 character
        s.pop_back();
    } while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80);
}
}  // namespace

PdfPages::PdfPages(std::string& out)
    : m_surface(cairo_pdf_surface_create_for_stream(appendTo, &out, kPageWidth, kPageHeight)),
      m_cr(cairo_create(m_surface)) {
    font(10, false, false);
}

PdfPages::~PdfPages() {
    cairo_destroy(m_cr);
    cairo_surface_destroy(m_surface);
}

void PdfPages::font(double size, bool bold, bool italic) {
    cairo_select_font_face(m_cr, "DejaVu Sans",
                           italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(m_cr, size);
}

double PdfPages::advance(const std::string& s) {
    cairo_text_extents_t extents;
    cairo_text_extents(m_cr, s.c_str(), &extents);
    return extents.x_advance;
}

void PdfPages::text(double x, double y, std::string s, double width, double size, bool bold,
                    bool italic) {
    font(size, bold, italic);
    while (!s.empty() && advance(s) > width) {
        dropLastCharacter(s);
    }
    cairo_move_to(m_cr, x, y);
    cairo_show_text(m_cr, s.c_str());
}

std::vector<std::string> PdfPages::wrap(const std::string& s, double width, double size, bool bold,
                                        bool italic) {
    font(size, bold, italic);
    std::vector<std::string> lines;
    std::string line;
    std::size_t from = 0;
    while (from < s.size()) {
        auto end = s.find_first_of(" \n", from);
        if (end == std::string::npos) {
            end = s.size();
        }
        auto word = s.substr(from, end - from);
        const auto candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && advance(candidate) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
        while (advance(line) > width && line.size() > 1) {  // one word wider than the page
            std::string head = line;
            while (head.size() > 1 && advance(head) > width) {
                dropLastCharacter(head);
            }
            lines.push_back(head);
            line = line.substr(head.size());
        }
        if (end < s.size() && s[end] == '\n') {
            lines.push_back(line);
            line.clear();
        }
        from = end + 1;
    }
    if (!line.empty() || lines.empty()) {
        lines.push_back(line);
    }
    return lines;
}

void PdfPages::rule(double y) {
    cairo_set_line_width(m_cr, 0.5);
    cairo_move_to(m_cr, kMargin, y);
    cairo_line_to(m_cr, kPageWidth - kMargin, y);
    cairo_stroke(m_cr);
}

void PdfPages::nextPage() {
    cairo_show_page(m_cr);
}

void PdfPages::finish() {
    cairo_surface_finish(m_surface);
    if (cairo_surface_status(m_surface) != CAIRO_STATUS_SUCCESS) {
        throw std::runtime_error("writing the PDF failed");
    }
}

}  // namespace veldwerk::pdf
