// Laid-out pages → PDF bytes with PoDoFo 0.9.8, following
// dependencies.md §1: fonts by explicit path through CreateFontSubset with
// the shared Identity encoding (embedded, subset, ToUnicode); content
// streams written by hand (TJ arrays put the justification stretch after
// each space, since Tw does nothing to 2-byte codes); only the current page
// is held while drawing (§1.6.1), links and outline come in a final pass
// over GetPage(); dates from source_date_epoch, annotation /M removed and
// /ID derived from the bytes, so the same input gives the same file.
#include "pdf.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>

#include <unicode/utf8.h>

#include <podofo/podofo.h>

#include "deflate.h"

namespace vanban::render {
namespace {

using namespace PoDoFo;

void num(std::string& out, double v) {
  if (v > -0.0005 && v < 0.0005) v = 0;
  // Fast path, same digits as the to_chars below: v·1000 is within a few
  // ulps of its exact value, so unless its fraction is near .5 (a tie
  // to_chars settles on the exact binary value) llround rounds as it does.
  // to_chars was 4 % of a render.
  const double r = v * 1000;
  if (r > -1e12 && r < 1e12) {
    const double fl = std::floor(r), frac = r - fl;
    if (std::fabs(frac - 0.5) > 1e-6) {
      long long m = static_cast<long long>(fl) + (frac > 0.5 ? 1 : 0);
      if (m < 0) out += '-', m = -m;
      long long ip = m / 1000, fp = m % 1000;
      char buf[24];
      auto e = std::to_chars(buf, buf + sizeof buf, ip).ptr;
      if (fp != 0) {
        *e++ = '.';
        *e++ = static_cast<char>('0' + fp / 100);
        fp %= 100;
        if (fp != 0) {
          *e++ = static_cast<char>('0' + fp / 10);
          if (fp % 10 != 0) *e++ = static_cast<char>('0' + fp % 10);
        }
      }
      out.append(buf, e);
      out += ' ';
      return;
    }
  }
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 3);
  char* e = res.ptr;
  while (e > buf && e[-1] == '0') --e;
  if (e > buf && e[-1] == '.') --e;
  out.append(buf, e);
  out += ' ';
}

void color(std::string& out, const Color& c, const char* op) {
  num(out, c.r), num(out, c.g), num(out, c.b);
  out += op;
  out += '\n';
}

// PDF date "D:YYYYMMDDHHmmSSZ" from seconds since 1970, without the C
// library's time zone (deterministic, thread-safe).
std::string pdf_date(long long t) {
  long long days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  long long secs = t - days * 86400;
  // Civil from days (H. Hinnant's algorithm).
  long long z = days + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  long long d = doy - (153 * mp + 2) / 5 + 1;
  long long m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[96];
  std::snprintf(buf, sizeof buf, "D:%04lld%02lld%02lld%02lld%02lld%02lldZ", y, m, d, secs / 3600, secs / 60 % 60, secs % 60);
  return buf;
}

// 128-bit content hash for /ID (two FNV-1a lanes; not cryptographic, only stable).
std::string content_id(const std::string& bytes) {
  uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
  for (unsigned char c : bytes) {
    a = (a ^ c) * 0x100000001b3ull;
    b = (b ^ c) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llX%016llX", static_cast<unsigned long long>(a), static_cast<unsigned long long>(b));
  return buf;
}

void patch_id(std::string& pdf) {
  size_t at = pdf.rfind("/ID");
  if (at == std::string::npos) return;
  size_t s1 = pdf.find('<', at), e1 = s1 == std::string::npos ? s1 : pdf.find('>', s1);
  size_t s2 = e1 == std::string::npos ? e1 : pdf.find('<', e1), e2 = s2 == std::string::npos ? s2 : pdf.find('>', s2);
  if (e2 == std::string::npos || e2 - at > 200) return;
  for (size_t i = s1 + 1; i < e1; ++i) pdf[i] = '0';
  for (size_t i = s2 + 1; i < e2; ++i) pdf[i] = '0';
  std::string id = content_id(pdf);
  for (size_t i = s1 + 1, k = 0; i < e1; ++i, ++k) pdf[i] = id[k % id.size()];
  for (size_t i = s2 + 1, k = 0; i < e2; ++i, ++k) pdf[i] = id[k % id.size()];
}

PdfString utf8(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

void outline(PdfMemDocument& doc, PdfOutlineItem* parent, PdfOutlines* root, const std::vector<Bookmark>& marks,
             const Laid& laid, Context& cx) {
  PdfOutlineItem* prev = nullptr;
  for (const Bookmark& b : marks) {
    auto it = laid.anchors.find(b.dest);
    if (it == laid.anchors.end()) {
      cx.diagnostics.push_back({Severity::warning, "render.bookmark", cx.origin, 0, 0, "",
                                "bookmark internal-destination=\"" + b.dest + "\": no element has this id"});
      continue;
    }
    PdfPage* page = doc.GetPage(it->second.first);
    PdfDestination dest(page, 0, page->GetPageSize().GetHeight() - it->second.second, 0);
    PdfOutlineItem* item;
    if (prev) item = prev->CreateNext(utf8(b.title), dest);
    else if (parent) item = parent->CreateChild(utf8(b.title), dest);
    else {
      item = root->CreateRoot(utf8(b.title));
      item->SetDestination(dest);
    }
    outline(doc, item, root, b.children, laid, cx);
    prev = item;
  }
}

}  // namespace

// PoDoFo stamps a new document's Info and every annotation with the clock
// through PdfDate, which calls localtime() — one static buffer for the whole
// process. The stamps are replaced below, but two threads rendering at once
// (the batch run's workers) raced on that buffer (ThreadSanitizer), so the
// calls that make a PdfDate take turns.
static std::mutex& podofo_clock() {
  static std::mutex m;
  return m;
}

std::string write_pdf(Context& cx, const Laid& laid, const RenderOptions& opts) {
  static std::once_flag quiet;
  std::call_once(quiet, [] { PdfError::EnableLogging(false); });

  std::unique_lock<std::mutex> clock(podofo_clock());
  PdfMemDocument doc;
  clock.unlock();
  doc.SetPdfVersion(ePdfVersion_1_4);  // SMask for PNG alpha needs 1.4
  const PdfEncoding* enc = PdfEncodingFactory::GlobalIdentityEncodingInstance();
  PdfFont* fonts[kFaces] = {};
  auto font = [&](int f) {
    if (!fonts[f]) {
      const FaceMetrics& fm = cx.fonts[f];
      fonts[f] = doc.CreateFontSubset(fm.pdf_name.c_str(), fm.bold, fm.italic, false, enc, fm.path.c_str());
      if (!fonts[f]) throw FoError(cx.origin, 0, 0, "fo.font", "PoDoFo cannot load " + fm.path);
    }
    return fonts[f];
  };
  std::map<std::string, std::unique_ptr<PdfImage>> images;
  // Code points drawn per face (the subset), one bit each: a std::set cost
  // 1.6 % of a render in inserts.
  std::vector<uint64_t> used[kFaces];

  std::string cs;
  // zlib levels below the default 6 (deflate.cpp): measured over 20 corpus
  // plans, levels 3 for content and 1 for fonts (and their ToUnicode) cut
  // the render's instructions by 15 % for PDFs 8 % larger (reference plan
  // 70.9 → 76.4 KB); levels 4 and up switch zlib to its slow lazy matcher.
  DeflateLevel content_level(3);
  for (const Page& page : laid.pages) {
    PdfPage* p = doc.CreatePage(PdfRect(0, 0, page.width, page.height));
    cs.clear();
    bool used_font[kFaces] = {};
    std::map<std::string, bool> used_image;
    const double H = page.height;
    for (const Op& o : page.ops) {
      switch (o.kind) {
        case Op::Kind::text:
        case Op::Kind::page_number:
        case Op::Kind::citation: {
          if (o.text.empty()) break;
          PdfFont* f = font(o.face);
          if (!used_font[o.face]) {
            p->AddResource(f->GetIdentifier(), f->GetObject()->Reference(), PdfName("Font"));
            used_font[o.face] = true;
          }
          double x = o.x;
          if (o.kind != Op::Kind::text) {  // a number in a box reserved for three digits
            const FaceMetrics& fm = cx.fonts[o.face];
            double w = 0;
            for (char c : o.text) w += fm.width(static_cast<unsigned char>(c)) * o.size / 1000;
            if (o.align == Align::center) x += (o.w - w) / 2;
            else if (o.align == Align::end) x += o.w - w;
          }
          if (!(o.color == Color{})) color(cs, o.color, "rg");
          cs += "BT /";
          cs += f->GetIdentifier().GetName();
          cs += ' ';
          num(cs, o.size);
          cs += "Tf ";
          num(cs, x);
          num(cs, H - o.y);
          cs += "Td [";
          // One string per word, the stretch of each space as a TJ offset.
          // Codes are glyph ids (Identity-H over an Identity CIDToGIDMap),
          // taken from our own cmap copy: PoDoFo's ConvertToEncoding builds
          // an imbued ostringstream per call, too slow per word.
          const FaceMetrics& fm = cx.fonts[o.face];
          const double adj = o.size > 0 ? -o.space_extra * 1000 / o.size : 0;
          const bool stretch = adj > 0.05 || adj < -0.05;
          static const char* hex = "0123456789ABCDEF";
          const auto* t = reinterpret_cast<const uint8_t*>(o.text.data());
          const int32_t len = static_cast<int32_t>(o.text.size());
          cs += '<';
          for (int32_t i = 0; i < len;) {
            UChar32 c;
            U8_NEXT(t, i, len, c);
            if (c < 0 || c > 0xFFFF) c = 0xFFFD;
            if (used[o.face].empty()) used[o.face].assign(0x10000 / 64, 0);
            used[o.face][static_cast<size_t>(c) >> 6] |= uint64_t{1} << (c & 63);
            uint16_t g = fm.glyph(static_cast<char32_t>(c));
            cs += hex[g >> 12], cs += hex[(g >> 8) & 15], cs += hex[(g >> 4) & 15], cs += hex[g & 15];
            if (c == ' ' && stretch && i < len) {
              cs += "> ";
              num(cs, adj);
              cs += '<';
            }
          }
          cs += '>';
          cs += "] TJ ET\n";
          if (!(o.color == Color{})) cs += "0 0 0 rg\n";
          break;
        }
        case Op::Kind::rule:
          if (!(o.color == Color{})) color(cs, o.color, "RG");
          num(cs, o.size);
          cs += "w 0 J ";
          num(cs, o.x), num(cs, H - o.y);
          cs += "m ";
          num(cs, o.x + o.w), num(cs, H - o.y - o.h);
          cs += "l S\n";
          if (!(o.color == Color{})) cs += "0 0 0 RG\n";
          break;
        case Op::Kind::fill:
          color(cs, o.color, "rg");
          num(cs, o.x), num(cs, H - o.y - o.h), num(cs, o.w), num(cs, o.h);
          cs += "re f 0 0 0 rg\n";
          break;
        case Op::Kind::image: {
          auto it = images.find(o.text);
          if (it == images.end()) {
            std::string error;
            std::string bytes = image_bytes(cx.base_dir, o.text, &error);
            auto img = std::make_unique<PdfImage>(&doc);
            try {
              img->LoadFromPngData(reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<pdf_long>(bytes.size()));
            } catch (const PdfError&) {
              throw FoError(cx.origin, 0, 0, "fo.image", "src=\"" + o.text + "\": the PNG cannot be decoded");
            }
            it = images.emplace(o.text, std::move(img)).first;
          }
          if (!used_image[o.text]) {
            p->AddResource(it->second->GetIdentifier(), it->second->GetObject()->Reference(), PdfName("XObject"));
            used_image[o.text] = true;
          }
          cs += "q ";
          num(cs, o.w), cs += "0 0 ", num(cs, o.h), num(cs, o.x), num(cs, H - o.y - o.h);
          cs += "cm /";
          cs += it->second->GetIdentifier().GetName();
          cs += " Do Q\n";
          break;
        }
        default:
          break;
      }
    }
    p->GetContentsForAppending()->GetStream()->Set(cs.data(), static_cast<pdf_long>(cs.size()));
  }

  // The subset holds what was drawn (we write the text operators ourselves,
  // so PoDoFo has not seen it: §1.2).
  for (int f = 0; f < kFaces; ++f) {
    if (!fonts[f] || used[f].empty()) continue;
    std::u16string all;  // ascending, as the set gave them
    for (size_t w = 0; w < used[f].size(); ++w)
      for (uint64_t bits = used[f][w]; bits != 0; bits &= bits - 1)
        all += static_cast<char16_t>(w * 64 + static_cast<size_t>(__builtin_ctzll(bits)));
    std::vector<pdf_utf16be> be(all.size() + 1, 0);
    for (size_t i = 0; i < all.size(); ++i) be[i] = static_cast<pdf_utf16be>((all[i] >> 8) | (all[i] << 8));
    PdfString ps(be.data(), static_cast<pdf_long>(all.size()));
    fonts[f]->AddUsedSubsettingGlyphs(ps, static_cast<long>(all.size()));
  }

  // Links and outline, now that every page exists (§1.6.1).
  for (size_t pi = 0; pi < laid.pages.size(); ++pi) {
    for (const Op& o : laid.pages[pi].ops) {
      if (o.kind != Op::Kind::link) continue;
      const double H = laid.pages[pi].height;
      PdfRect rect(o.x, H - o.y - o.h, o.w, o.h);
      if (o.text[0] == '#') {
        auto it = laid.anchors.find(o.text.substr(1));
        if (it == laid.anchors.end()) {
          cx.diagnostics.push_back({Severity::warning, "render.link", cx.origin, 0, 0, "",
                                    "basic-link internal-destination=\"" + o.text.substr(1) + "\": no element has this id"});
          continue;
        }
        PdfPage* target = doc.GetPage(it->second.first);
        PdfDestination dest(target, 0, target->GetPageSize().GetHeight() - it->second.second, 0);
        PdfPage* p = doc.GetPage(static_cast<int>(pi));
        PdfAnnotation* a;
        {
          std::lock_guard<std::mutex> lock(podofo_clock());
          a = p->CreateAnnotation(ePdfAnnotation_Link, rect);
        }
        a->SetBorderStyle(0, 0, 0);
        a->SetDestination(dest);
        a->GetObject()->GetDictionary().RemoveKey("M");
      } else {
        PdfPage* p = doc.GetPage(static_cast<int>(pi));
        PdfAnnotation* a;
        {
          std::lock_guard<std::mutex> lock(podofo_clock());
          a = p->CreateAnnotation(ePdfAnnotation_Link, rect);
        }
        a->SetBorderStyle(0, 0, 0);
        PdfAction action(ePdfAction_URI, &doc);
        action.SetURI(PdfString(o.text.c_str()));
        a->SetAction(action);
        a->GetObject()->GetDictionary().RemoveKey("M");
      }
    }
  }
  if (!laid.bookmarks.empty()) {
    outline(doc, nullptr, doc.GetOutlines(), laid.bookmarks, laid, cx);
    doc.SetPageMode(ePdfPageModeUseBookmarks);
  }

  PdfInfo* info = doc.GetInfo();
  const std::string title = !opts.title.empty() ? opts.title : cx.title;
  if (!title.empty()) info->SetTitle(utf8(title));
  if (!opts.author.empty()) info->SetAuthor(utf8(opts.author));
  if (!opts.subject.empty()) info->SetSubject(utf8(opts.subject));
  info->SetCreator(PdfString("vanban"));
  info->SetProducer(PdfString("vanban render (PoDoFo 0.9.8)"));
  const std::string date = pdf_date(opts.source_date_epoch.value_or(946684800));  // 2000-01-01
  info->GetObject()->GetDictionary().AddKey("CreationDate", PdfString(date.c_str()));
  info->GetObject()->GetDictionary().AddKey("ModDate", PdfString(date.c_str()));

  PdfRefCountedBuffer buf;
  PdfOutputDevice dev(&buf);
  DeflateLevel font_level(1);  // font subsets are Write()'s deflate
  doc.Write(&dev);
  std::string out(buf.GetBuffer(), dev.GetLength());
  patch_id(out);
  return out;
}

}  // namespace vanban::render
