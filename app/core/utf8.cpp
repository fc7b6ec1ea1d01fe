#include "utf8.h"

#include <QChar>

namespace vigie {

void toUtf8(QStringView text, std::string &utf8)
{
    utf8.clear();
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    for (; p < end; ++p) {
        const char32_t c = *p;
        if (c < 0x80) {
            utf8 += char(c);
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && p + 1 < end && QChar::isLowSurrogate(p[1]))
            code = QChar::surrogateToUcs4(c, *++p);
        else if (QChar::isSurrogate(c))
            code = 0xFFFD;
        if (code < 0x800) {
            utf8 += char(0xC0 | (code >> 6));
        } else if (code < 0x10000) {
            utf8 += char(0xE0 | (code >> 12));
            utf8 += char(0x80 | ((code >> 6) & 0x3F));
        } else {
            utf8 += char(0xF0 | (code >> 18));
            utf8 += char(0x80 | ((code >> 12) & 0x3F));
            utf8 += char(0x80 | ((code >> 6) & 0x3F));
        }
        utf8 += char(0x80 | (code & 0x3F));
    }
}

} // namespace vigie
