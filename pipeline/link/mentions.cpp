// Mention finding (the Finder of mentions.h): the names, offices and
// collectives of a text (where a name ends: name_extend.cpp).
#include "mentions.h"

namespace vanban::link_detail {

std::vector<Mention> Finder::find() const {
  std::vector<Mention> out;
  std::size_t n = t_.size();
  std::size_t i = 0;
  while (i < n) {
    if (!t_[i].word) {
      ++i;
      continue;
    }
    // most words start nothing: no registry entry starts there, and they
    // are not the words read below ("các", "ông")
    // "Đơn vị phối hợp: Vụ Pháp luật hình sự - hành chính, Các vấn đề chung
    // về xây dựng pháp luật, Vụ …": in a role list, an item after a unit is
    // a unit of the same kind printed without its head word
    if (at_[i].listed && t_[i].upper && !out.empty() && i >= 2 && out.back().e == i - 1 && t_[i - 1].text == "," &&
        out.back().entry && out.back().entry->kind == K::head && !out.back().collective && !body_start(i) &&
        !m(i, {K::office}) && !(t_[i].key == "các" && m(i + 1, {K::collective})) &&
        !m(i, {K::stop}) && (t_[out.back().b].key == "vụ" || t_[out.back().b].key == "cục")) {
      const std::size_t end = extend(i);
      if (end > i + 1 && end < n && !t_[end].word) {
        Mention mn{i, end, false, K::head, out.back().entry};
        mn.name = std::string(t_[out.back().b].text) + " " + join_text(i, end);
        out.push_back(mn);
        i = end;
        continue;
      }
    }
    // (an office may start at "thành viên": a word pair, not every "thành" of "thành phố", "hoàn thành")
    if (!at_[i].kinds && t_[i].key != "các" && t_[i].key != "ông" &&
        !(t_[i].key == "thành" && i + 1 < n && t_[i + 1].key == "viên") &&
        !((t_[i].key == "công" || t_[i].key == "tổng") && company_form(i))) {
      ++i;
      continue;
    }
    // "Các Ông Chánh văn phòng, …", "Ông (bà) Giám đốc …": a form of address
    if ((t_[i].key == "ông" || (t_[i].key == "các" && i + 1 < n && t_[i + 1].key == "ông"))) {
      std::size_t q = i + (t_[i].key == "các" ? 2 : 1);
      while (q < n && !t_[q].word && t_[q].text != ",") ++q;  // "(bà):"
      if (q < n && t_[q].key == "bà") ++q;
      while (q < n && !t_[q].word && t_[q].text != ",") ++q;
      if (q < n && m(q, {K::office})) i = q;
    }
    // "Yêu cầu đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở và …" (CV 5085/SCT-VP Lào Cai): the person
    // named, then the office held, which acts
    if (t_[i].key == "đồng" && i + 2 < n && t_[i + 1].key == "chí" && person_name_at(i + 2)) {
      std::size_t q = i + 3;
      while (q < n && q < i + 6 && t_[q].word && t_[q].upper) ++q;
      if (q + 1 < n && t_[q].text == "-" && (m(q + 1, {K::office}) || body_start(q + 1))) i = q + 1;
    }
    std::size_t b = i, j = i;
    bool alone = false;  // the last office is complete without a body ("Chủ đầu tư tổ chức lập …": a verb after it)
    // role-holders: "Chủ tịch", "Giám đốc, Thủ trưởng" …
    while (true) {
      const AgencyEntry* oe = nullptr;
      std::size_t o = m(j, {K::office}, &oe);
      if (!o) o = members_at(j);
      if (!o) break;
      j += o;
      // "Trưởng Ban Quản lý quy hoạch" (QĐ 836/QĐ-BXD): the head of a board its "Ban" opens the name of
      if (o >= 2 && t_[j - 1].key == "ban" && j < n && t_[j].word && t_[j].upper && body_start(j - 1) > 1) {
        --j;
        break;
      }
      alone = oe && (oe->expansion == "alone" || oe->expansion == kStandsFor);
      if (alone) break;  // "Bộ trưởng, Thủ trưởng …": two offices
      // "Chánh văn phòng, Trưởng các phòng nghiệp vụ": two of the issuer's own offices
      const AgencyEntry* ne = nullptr;
      // ("Chánh Văn phòng, Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam": the next office heads
      // bodies of its own, after "các"; the first is the issuer's)
      if (oe && oe->expansion == "issuer" && j + 1 < n) {
        const std::size_t no = m(j + 1, {K::office}, &ne);
        const bool listed = t_[j].text == "," || t_[j].key == "và";
        if (no && ne && (ne->expansion == "issuer" || (listed && j + 1 + no < n && t_[j + 1 + no].key == "các")))
          break;
      }
      // "Chủ tịch và các thành viên Ủy ban nhân dân tỉnh": the chairperson and the members, two
      // (a head and its deputy, "Giám đốc, Phó Giám đốc Sở", stay one name)
      if (j + 1 < n && (t_[j].text == "," || t_[j].key == "và") && members_at(j + 1) && j > b &&
          body_start(j + 1 + members_at(j + 1))) {
        const std::size_t mb = j + 1, me = mb + members_at(mb);
        const AgencyEntry* be = nullptr;
        const std::size_t bh = body_start(me, &be);
        const bool known = be && bh >= 2 && (be->kind == K::central || be->kind == K::province || be->kind == K::district);
        const std::size_t end = extend(me + bh, known, be);
        Mention chair{b, j, false, be->kind, be};
        chair.name = join_text(b, j) + " " + join_text(me, end);
        out.push_back(chair);
        out.push_back({mb, end, false, be->kind, be});
        j = b;  // (taken)
        i = end;
        break;
      }
      if (j + 1 < n && (t_[j].text == "," || t_[j].key == "và") && m(j + 1, {K::office}) && t_[b].key != "các") ++j;
    }
    if (i > b) continue;
    // "Công ty Điện lực Lào Cai có văn bản trả lời …", "Điều 27. Trách nhiệm Công ty Điện lực Lào
    // Cai": a company named by its trade and proper name (a state utility a decision gives tasks) as the
    // subject of its clause or its heading's topic; not "Công ty A" of a worked example, nor the
    // companies a report lists ("…: Công ty TNHH Hiệp Phú (Gói thầu số 15 …)")
    // (a trade alone, "Công ty Điện lực", says not which one; a registered company is read as such)
    bool private_form = false;
    if (j == b && !body_start(j))
      if (const std::size_t c = company_form(j, &private_form); c && !private_form) {
        const std::size_t end = extend(j + c);
        if (end >= j + c + 3 && std::all_of(t_.begin() + j + c, t_.begin() + end, [](const Tok& x) { return x.word; }) &&
            (end == n || stop_at(end))) {
          out.push_back({b, end, false, K::head});
          i = end;
          continue;
        }
      }
    const AgencyEntry* e = nullptr;
    std::size_t h = 0;
    // "Giám đốc các Sở: Tài chính, Kế hoạch và Đầu tư, Lao động - Thương binh
    // và Xã hội": one head per listed field
    // "các Sở: Tài chính, Xây dựng", "các Bộ Vật tư, Nội thương, Tài chính":
    // "… các sở, ngành: Nông nghiệp …; Văn hóa …; Tài nguyên …"
    if (j + 5 < n && t_[j].key == "các")
      if (const std::size_t k = semicolon_fields(b, j, out)) {
        i = k;
        continue;
      }
    if (j > b)
      if (const std::size_t k = unit_heads(b, j, out)) {
        i = k;
        continue;
      }
    // one head shared by the listed fields
    // ("Các vụ: Hợp tác quốc tế, Kế hoạch, …", QĐ 1215/QĐ-BNN-TCCB: in lower case before a colon)
    if (j + 3 < n && t_[j].key == "các" && (t_[j + 1].upper || t_[j + 2].text == ":") &&
        (t_[j + 1].key == "sở" || t_[j + 1].key == "bộ" || t_[j + 1].key == "phòng" || t_[j + 1].key == "ban" ||
         t_[j + 1].key == "cục" || t_[j + 1].key == "vụ")) {
      const bool colon = t_[j + 2].text == ":";
      if (colon || (t_[j + 2].word && t_[j + 2].upper)) {
        const std::size_t before = out.size();
        std::size_t k = list_items(b, j, colon ? j + 3 : j + 2, out);
        if (k > j + 3 && (colon || out.size() - before >= 2)) {
          i = k;
          continue;
        }
        out.erase(out.begin() + before, out.end());  // "các Sở Tư pháp" alone: one name
      }
    }
    // "… thị xã và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành": a collective listed
    // after another name without its "các" (read so only when "liên quan" closes it), or after a ";" between
    // the names of an implementing clause ("…; Chủ tịch Ủy ban nhân dân các xã, phường; tổ chức, doanh nghiệp
    // và cá nhân có liên quan chịu trách nhiệm thi hành", QĐ 2272/QĐ-UBND Lào Cai)
    const bool bare = j == b && !out.empty() && out.back().e + 1 == j && !t_[j].upper &&
                      (t_[j - 1].key == "và" || t_[j - 1].text == "," || t_[j - 1].text == ";") &&
                      t_[j].key != "các" && m(j, {K::collective}) && !body_start(j) &&
                      !m(j, {K::collective_phrase, K::sector});  // ("…, cơ quan thuế, Công an cấp xã": its own reading)
    // ("các cơ quan xử lý gửi thông tin …" where the document defined "(sau đây gọi là Cơ quan xử lý)", TTLT
    // 178/2015: the plural of its own name, longer than the collective "các cơ quan"; read at the name)
    if (j + 1 < n && t_[j].key == "các" && m(j + 1, {K::collective}))
      if (const AgencyEntry* own = nullptr; const std::size_t w = local_printed_at(local_, t_, j + 1, &own))
        if (w > m(j + 1, {K::collective})) {
          // (with their owners listed, "Các cơ quan xử lý thuộc Bộ Nông nghiệp …, Bộ Y tế xử lý …": those
          // of the owners named, the words as printed)
          std::size_t e = j + 1 + w, q = e + 1;
          if (e + 1 < n && (t_[e].key == "thuộc" || t_[e].key == "của"))
            while (const std::size_t len = body_start(q)) {
              e = q + len;
              if (!(e + 1 < n && (t_[e].text == "," || t_[e].key == "và"))) break;
              q = e + 1;
            }
          out.push_back({b, e, false, K::office, own});
          // (else the one body the document named, however many it is printed as)
          if (e == j + 1 + w) out.back().name = own->words;
          i = e;
          continue;
        }
    if (j < n && (t_[j].key == "các" || bare)) {
      // collectives: "các sở, ban, ngành", "các cơ quan, đơn vị có liên quan"
      std::size_t k = bare ? j : j + 1, last = 0;
      while (true) {
        std::size_t c = m(k, {K::collective});
        if (!c) break;
        k += c;
        last = k;
        // "các cơ quan chuyên môn, tổ chức hành chính, đơn vị thuộc Thành phố": an item of the list
        // with its own short qualifier, another item after it
        std::size_t q = k;
        while (q < n && q < k + 3 && t_[q].word && !t_[q].upper && !stop_at(q) && !is_place_word(t_[q].key) &&
               !m(q, {K::collective}) && !function_word(t_[q].key))
          ++q;
        if (q > k && !bare && q + 1 < n && t_[q].text == "," && m(q + 1, {K::collective}) && !t_[q + 1].upper) k = q;
        // (not into a body's longer name: "… địa phương và Ban Giám sát đầu tư của cộng đồng")
        // (nor over a capitalised "Các", which opens a sentence after a title line joined to its text:
        // "2. Các cơ quan …; các chi bộ, đảng bộ cơ sở⏎Các cấp ủy, tổ chức đảng chủ động …")
        // ("các Bộ ngành có các trách nhiệm sau", NQ 15/2026/NQ-CP: the pair without its comma)
        if (k < n && t_[k].key == "ngành" && (t_[k - 1].key == "bộ" || t_[k - 1].key == "sở")) continue;
        if (k + 1 < n && (t_[k].text == "," || t_[k].key == "và" || (t_[k].key == "các" && !t_[k].upper)) &&
            m(k + 1, {K::collective}) &&
            body_start(k + 1) <= m(k + 1, {K::collective}) &&
            // (nor into the name of a kind of body: "Các cơ sở khám bệnh, chữa bệnh và cơ quan bảo hiểm xã hội
            // có trách nhiệm …", QĐ 7603/QĐ-BYT — two bodies; "…, đơn vị có liên quan" goes on the list)
            !kind_of_body(k + 1))
          ++k;
        // "các ngành, các cấp" is one collective (as annotators read it, a set phrase of the two);
        // other items with their own "các" are bodies of their own ("các đoàn thể, các hội"), and
        // a whole list of its own ("các tỉnh, thành phố trực thuộc Trung ương, các huyện, …") ends
        // at its comma
        else if (k + 2 < n && t_[k].text == "," && t_[k + 1].key == "các" && c == 1 && m(k + 2, {K::collective}) == 1 &&
                 (t_[k - 1].key == "ngành" || t_[k - 1].key == "cấp") && (t_[k + 2].key == "ngành" || t_[k + 2].key == "cấp"))
          k += 2;
        else {
          // "các Sở, Ban ngành, quận, huyện": the districts with the departments
          if (k + 1 < n && (t_[k].text == "," || t_[k].key == "và") && t_[k + 1].word)
            if (const std::size_t p = bare_places(k + 1); p > k + 1) last = p;
          break;
        }
      }
      if (last) {
        std::size_t end = last;
        // tails: "(có) liên quan", "tỉnh", "các cấp", "khác"
        while (end < n && t_[end].word) {
          const std::string_view k2 = t_[end].key;
          if (const std::size_t e = owner_place_end(end)) {
            end = e;  // "các tổ chức đoàn thể của tỉnh", "… của thành phố"
            continue;
          }
          if ((k2 == "ở" || k2 == "tại") && end + 1 < n &&
              ((is_place_word(t_[end + 1].key) && t_[end + 1].key != "cấp") ||
               (end + 2 < n && ((t_[end + 1].key == "địa" && t_[end + 2].key == "phương") ||
                                (t_[end + 1].key == "trung" && t_[end + 2].key == "ương"))))) {
            // "các đoàn thể ở xã", "các ban, ngành tại địa phương", "các ngành ở Trung ương"
            end += is_place_word(t_[end + 1].key) ? 2 : 3;
            end = and_local(end);
            continue;
          }
          // "các địa phương có rừng", "các tỉnh có biển", "các xã có đường biên giới": the places that have
          // what the task is about (Chỉ thị 13/CT-TTg, KH 09/KH-BTNMT)
          if (k2 == "có" && end > 0 && end + 1 < n &&
              (t_[end - 1].key == "phương" || is_place_word(t_[end - 1].key)) && t_[end - 1].key != "cấp") {
            std::size_t q = end + 1;
            if (t_[q].key == "đường" && q + 2 < n && t_[q + 1].key == "biên") ++q;  // "đường biên giới"
            const std::string_view g = t_[q].key;
            std::size_t len = 0;
            if (g == "rừng" || g == "biển") len = 1;
            else if (q + 1 < n && ((g == "biên" && t_[q + 1].key == "giới") || (g == "cửa" && t_[q + 1].key == "khẩu") ||
                                   (g == "vùng" && t_[q + 1].key == "biển")))
              len = 2;
            if (len) {
              end = q + len;
              continue;
            }
          }
          // "các tổ chức chính trị, tổ chức chính trị - xã hội ở cấp Trung ương", "… ở cấp tỉnh": the level
          if ((k2 == "ở" || k2 == "tại") && end + 2 < n && t_[end + 1].key == "cấp" &&
              ((is_place_word(t_[end + 2].key) && t_[end + 2].key != "cấp" && t_[end + 2].key != "thành" &&
                t_[end + 2].key != "thị") ||
               (end + 3 < n && t_[end + 2].key == "trung" && t_[end + 3].key == "ương"))) {
            end += t_[end + 2].key == "trung" ? 4 : 3;
            continue;
          }
          // "các cơ quan cấp quận, huyện", "các cơ quan đơn vị trong toàn thành phố": the level or the
          // area says which ones, its places listed
          if ((k2 == "cấp" || (k2 == "trong" && end + 1 < n && t_[end + 1].key == "toàn")) && end + 2 < n &&
              is_place_word(t_[end + (k2 == "cấp" ? 1 : 2)].key) && t_[end + (k2 == "cấp" ? 1 : 2)].key != "cấp") {
            std::size_t q = end + (k2 == "cấp" ? 1 : 2);
            if (q + 1 < n && (t_[q].key == "thành" || t_[q].key == "thị") && t_[q + 1].word && is_place_word(t_[q + 1].key))
              ++q;  // "thành phố", "thị xã"
            end = q + 1;
            if (end + 1 < n && (t_[end].text == "," || t_[end].key == "và"))
              if (const std::size_t p = bare_places(end + 1); p > end + 1) end = p;
            continue;
          }
          // "các sở, ban, ngành thuộc tỉnh", "… đơn vị trực thuộc Thành phố",
          // "… thuộc tỉnh Hòa Bình": which ones, by the level they belong to
          if (k2 == "thuộc" || (k2 == "trực" && end + 1 < n && t_[end + 1].key == "thuộc")) {
            std::size_t q = end + (k2 == "trực" ? 2 : 1);
            if (q < n && t_[q].word && is_place_word(t_[q].key) && t_[q].key != "cấp" && t_[q].key != "khu") {
              q += (t_[q].key == "thành" || t_[q].key == "thị") && q + 1 < n && t_[q + 1].word &&
                           is_place_word(t_[q + 1].key) ? 2 : 1;
              while (q < n && t_[q].word && t_[q].upper && !agency_start(q) && !m(q, {K::stop})) ++q;
              end = q;
              continue;
            }
            // "giao các đơn vị trực thuộc, bao gồm cả …": the giver's own units, its name left out
            if (k2 == "trực" && (q >= n || !t_[q].word)) {
              end = q;
              continue;
            }
            // "… phối hợp với các đơn vị thuộc Bộ thực hiện …" (TT 57/2018/TT-BCT Điều 21): the issuer's own
            // units, its bare "Bộ" (or "Sở") the issuer, part of the name (not "thuộc Bộ Tài chính": a body's name)
            if (q < n && t_[q].word && t_[q].upper && (t_[q].key == "bộ" || t_[q].key == "sở") &&
                (q + 1 >= n || !t_[q + 1].word || !t_[q + 1].upper)) {
              end = q + 1;
              continue;
            }
            // "Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam" (QĐ 1500/QĐ-BHXH): the units of a
            // named body, one collective with it
            if (k2 == "trực" && q < n && body_start(q)) {
              end = extend_body(q);
              continue;
            }
          }
          if ((k2 == "thành" && end + 1 < n && t_[end + 1].key == "phố") ||
              (k2 == "thị" && end + 1 < n && t_[end + 1].key == "xã")) {
            end += 2;  // "Giám đốc các Sở, Ban, ngành Thành phố"
            continue;
          }
          // "các cơ quan, đơn vị trong và ngoài Bộ Tư pháp (có liên quan)"
          if (k2 == "trong" && end + 3 < n && t_[end + 1].key == "và" && t_[end + 2].key == "ngoài" &&
              (body_start(end + 3) || is_place_word(t_[end + 3].key) || t_[end + 3].key == "nước")) {
            end = body_start(end + 3) ? extend_body(end + 3) : end + 4;
            continue;
          }
          // "Các cơ quan chuyên môn về xây dựng cấp tỉnh": the field and the level say which ones
          // (only closed by the level or by the text's end: "hướng dẫn các đơn vị về nghiệp vụ …" is the matter)
          if (k2 == "về") {
            std::size_t q = end + 1;
            while (q < n && q < end + 5 && t_[q].word && !t_[q].upper && t_[q].key != "cấp" && t_[q].key != "việc") ++q;
            if (q > end + 1 && q + 1 < n && t_[q].key == "cấp" && t_[q + 1].word && is_place_word(t_[q + 1].key)) {
              end = q + 2;
              continue;
            }
            if (q > end + 1 && q == n) {
              end = q;
              continue;
            }
          }
          // "các cơ quan đại diện Việt Nam ở nước ngoài", "… tại nước ngoài": the country and abroad say which ones
          if (k2 == "việt" && end + 1 < n && t_[end + 1].key == "nam" && t_[end].upper) {
            end += 2;
            continue;
          }
          // "các cơ quan Liên hợp quốc", "các tổ chức Liên hợp quốc": the United Nations' (not "liên quan")
          if (k2 == "liên" && end + 2 < n && t_[end + 1].key == "hợp" && t_[end + 2].key == "quốc") {
            end += 3;
            continue;
          }
          if ((k2 == "ở" || k2 == "tại") && end + 2 < n && t_[end + 1].key == "nước" && t_[end + 2].key == "ngoài") {
            end += 3;
            continue;
          }
          // "các cơ quan Trung ương", "các Bộ, ngành trung ương": the central level, which ones
          if (k2 == "trung" && end + 1 < n && t_[end + 1].key == "ương") {
            end = and_local(end + 2);
            continue;
          }
          // "Các cấp chính quyền đô thị", "các cấp chính quyền địa phương": the governments of every level
          if (k2 == "chính" && end + 1 < n && t_[end + 1].key == "quyền" && t_[end - 1].key == "cấp") {
            end += 2;
            if (end + 1 < n && ((t_[end].key == "địa" && t_[end + 1].key == "phương") ||
                                (t_[end].key == "đô" && t_[end + 1].key == "thị") ||
                                (t_[end].key == "cơ" && t_[end + 1].key == "sở")))
              end += 2;
            continue;
          }
          if (k2 == "theo" && end + 2 < n && t_[end + 1].key == "thẩm" && t_[end + 2].key == "quyền") {
            end += 3;  // "Các cơ quan theo thẩm quyền"
            continue;
          }
          if (k2 == "cùng" && end + 1 < n && t_[end + 1].key == "cấp") {
            end += 2;  // "các tổ chức chính trị - xã hội cùng cấp"
            continue;
          }
          if (k2 == "khác" || k2 == "liên" || (k2 == "quan" && t_[end - 1].key == "liên") || k2 == "tỉnh" ||
              k2 == "huyện" || k2 == "xã" ||
              (k2 == "có" && end + 1 < n && t_[end + 1].key == "liên") ||
              // ("các cấp" in lower case: a capitalised "Các cấp ủy …" opens the next sentence, as above)
              (k2 == "các" && !t_[end].upper && end + 1 < n && t_[end + 1].key == "cấp") || k2 == "cấp") {
            ++end;
            // ("các tổ chức chính trị - xã hội tỉnh Lào Cai phối hợp …": the place's proper name too)
            if (k2 == "tỉnh" || k2 == "huyện" || k2 == "xã")
              for (std::size_t q = end; q < n && q < end + 4 && t_[q].word && t_[q].upper && !agency_start(q); ++q)
                if (q + 1 == n || !t_[q + 1].word || !t_[q + 1].upper) {
                  end = q + 1;
                  break;
                }
          } else {
            break;
          }
        }
        // (not after a collective that already says which: "các cơ quan có thẩm quyền kết luận")
        if (end == last && t_[end - 1].key != "quyền" &&
            !(end >= 2 && t_[end - 1].key == "quan" && (t_[end - 2].key == "liên" || t_[end - 2].key == "hữu")))
          end = collective_modifier(end);
        // in a colon list the collective runs to the comma ("Đơn vị phối hợp:
        // Các đơn vị xây dựng pháp luật, Vụ …")
        if (end < n && at_[end].listed) {
          std::size_t q = end;
          while (q < n && t_[q].word && !t_[q].upper && !role_verb(q) && !agency_start(q) && q < end + 8) ++q;
          if (q < n && !t_[q].word && (t_[q].text == "," || t_[q].text == "." || t_[q].text == ";")) end = q;
        }
        // "các đơn vị xây dựng pháp luật (khác) có liên quan": a qualifier ending in "liên quan"
        for (std::size_t q = end; q < n && q < end + 8 && t_[q].word && !agency_start(q); ++q)
          if (t_[q].key == "liên" && q + 1 < n && t_[q + 1].key == "quan") {
            end = q + 2;
            break;
          }
        end = on_area(related_to(end));
        if (bare && !(t_[end - 1].key == "quan" && t_[end - 2].key == "liên")) {
          i = b + 1;
          continue;
        }
        if (end + 1 < n && (t_[end].key == "thuộc" || t_[end].key == "của") && body_start(end + 1))
          end = extend_body(end + 1);
        else if (end < n && t_[end - 1].key == "ban" && body_start(end))  // "các Ban Hội đồng nhân dân"
          end = extend_body(end);
        // "các tổ chức thành viên của Mặt trận (Tổ quốc Việt Nam)": the Front, short or in full
        else if (end + 2 < n && t_[end].key == "của" && t_[end + 1].key == "mặt" && t_[end + 2].key == "trận" &&
                 t_[end - 1].key == "viên") {
          end += 3;
          while (end < n && t_[end].word && t_[end].upper) ++end;
          // ("… Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức thành viên của Mặt trận cùng cấp")
          if (end + 1 < n && (t_[end].key == "cùng" || t_[end].key == "các") && t_[end + 1].key == "cấp") end += 2;
        }
        out.push_back({b, end, true, K::collective});
        i = end;
        continue;
      }
      h = body_start(j + 1, &e);
      if (h) h += 1;  // "các Cục Hải quan tỉnh"
    } else {
      // sector words: "ngành Tư pháp" → the office of that sector at the issuer's level
      if (j == b) {
        const AgencyEntry* se = nullptr;
        std::size_t c = m(j, {K::sector}, &se);
        // "Cơ quan Thuế địa phương": a longer registered phrase wins over "cơ quan Thuế"
        if (c && m(j, {K::collective_phrase}) > c) c = 0;
        if (c) {
          Mention mn{b, j + c, false, K::sector};
          mn.entry = se;
          out.push_back(mn);
          i = j + c;
          continue;
        }
      }
      h = body_start(j, &e);
      if (!h) {
        std::size_t c = m(j, {K::collective_phrase});
        if (c && j == b) {
          std::size_t end = j + c;
          while (end < n && t_[end].word && (t_[end].key == "các" || t_[end].key == "cấp" || is_place_word(t_[end].key)))
            ++end;
          out.push_back({b, end, true, K::collective});
          i = end;
          continue;
        }
      }
    }
    if (!h && j > b && !alone) {
      // "người đứng đầu (trong) cơ quan, đơn vị, địa phương"
      if (j < n && t_[j].key == "trong" && m(j + 1, {K::collective, K::collective_phrase})) ++j;
      std::size_t c = m(j, {K::collective, K::collective_phrase});
      // ("Thủ trưởng cơ quan kiểm tra ban hành Kết luận …": "ban hành" is its verb, no "ban")
      if (c && m(j, {K::stop}) > c) c = 0;
      if (c) {
        std::size_t end = j + c;
        while (end + 1 < n && (t_[end].text == "," || t_[end].key == "và") && m(end + 1, {K::collective}))
          end += 1 + m(end + 1, {K::collective});
        // (up to four words after the last listed one: "Thủ trưởng cơ quan, đơn vị của thành phố")
        const std::size_t listed = end;
        while (end < n && t_[end].word && !stop_at(end) && !agency_start(end) && end < listed + 4) {
          // ("Thủ trưởng cơ quan hải quan nơi làm thủ tục hải quan quyết định …": which one, up to its verb)
          if (t_[end].key == "nơi") {
            if (const std::size_t w = where_clause(end); w > end + 1) end = w;
            break;
          }
          ++end;
        }
        // (not up to the word that links it to what follows: "người đứng đầu cơ quan chuyên môn của | Ủy ban …")
        while (end > listed && dangling_word(t_[end - 1].key)) --end;
        // ("Thủ trưởng cơ quan quản lý nhà nước ở trung ương về hóa chất"): a field after "về"
        // runs to the verb
        for (std::size_t q = listed; q < end; ++q)
          if (t_[q].key == "về") {
            while (end < n && t_[end].word && !t_[end].upper && !stop_at(end) && !agency_start(end) && end < q + 8) ++end;
            break;
          }
        if (end + 1 < n && t_[end].key == "thuộc" && body_start(end + 1)) end = extend_body(end + 1);
        out.push_back({b, end, true, K::collective});
        i = end;
        continue;
      }
    }
    if (!h) {
      // "… đúng quy định. TRƯỞNG BAN PAGE 16": a title printed in capitals alone is a signature
      // block's, left in the text, no one acting
      const bool title = std::all_of(t_.begin() + b, t_.begin() + j, [](const Tok& x) {
        return !x.word || std::none_of(x.text.begin(), x.text.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      });
      if (j > b && title) {
        i = j;
        continue;
      }
      if (j > b && (t_[b].upper || j - b >= 2)) {
        // a role-holder alone ("Chủ đầu tư", "Các Bộ trưởng"): only as subject of the clause
        Mention mn{b, j, false, K::office};
        m(b, {K::office}, &mn.entry);
        // ("Quý Sở": the letter's addressee, LocalNames)
        if (mn.entry && mn.entry->expansion == kStandsFor) mn.name = mn.entry->words;
        // "Chánh Thanh tra thành phố Hà Nội", "Chánh Thanh tra tỉnh Lào Cai": an
        // office that names its body ("Thanh tra") says where with a place's proper name
        if (j + 1 < n && t_[j].word && !t_[j].upper && is_place_word(t_[j].key) && t_[j].key != "cấp") {
          std::size_t q = j + 1;
          if (q < n && t_[q].word && !t_[q].upper && is_place_word(t_[q].key)) ++q;  // "thành phố", "thị xã"
          const std::size_t name = q;
          while (q < n && t_[q].word && t_[q].upper && !agency_start(q) && !m(q, {K::stop})) ++q;
          if (q > name) mn.e = q;
        }
        // "Tổng Giám đốc Tổng Công ty Điện lực thành phố Hà Nội", "Tổng Giám đốc Công ty TNHH một
        // thành viên nước sạch Hà Đông": the head of a (state-owned) company is one name with it
        // (a company alone is no head word: "Công ty đó", a taxpayer, is a private party)
        if (const std::size_t c = company_form(j)) mn.e = extend(j + c);
        // "Chủ đầu tư dự án hóa chất có các nghĩa vụ …", "Chủ đầu tư dự án có hoạt động tồn trữ hóa
        // chất thuộc danh mục …" (Luật 69/2025): an investor is named by the kind of project it
        // invests in, up to the predicate, a reference or a qualifier
        // (a bare "dự án", no kind after it, names no other investor: "chủ đầu tư dự án tại khu vực dự
        // trữ khoáng sản quốc gia" is "Chủ đầu tư", the words as printed its mention)
        if (mn.e == j) {
          mn.e = project_of(j);
          if (mn.e == j + 2) mn.name = capitalise(join_text(b, j));
        }
        if (mn.e == j) mn.e = institution_of(j);
        if (mn.e == j) mn.e = direct_head_of(j);
        // "Trưởng Ban quản trị hợp tác xã", "Trưởng Ban kiểm soát": the head of a board is named
        // with the board, whose name runs on as a "Ban"'s does (only when a lower-case word follows)
        if (mn.e == j && j < n && t_[j].word && !t_[j].upper && t_[j - 1].key == "ban") {
          const AgencyEntry* ban = nullptr;
          if (m(j - 1, {K::head}, &ban) == 1) mn.e = extend(j, false, ban);
        }
        // the head of one of the issuer's units, named after the office
        // ("Trưởng phòng Quản lý công nghiệp" of the Sở issuing the decision)
        if (mn.e == j && own_units_ && mn.entry && mn.entry->expansion == "issuer" && mn.entry->keys.back() == "phòng" && j < n && t_[j].word &&
            t_[j].upper && !is_place_word(t_[j].key) && !m(j, {K::office}))
          mn.e = extend(j);
        out.push_back(mn);
        i = mn.e;
        continue;
      }
      i = b + 1;
      continue;
    }
    const bool known = e && h >= 2 && (e->kind == K::central || e->kind == K::province || e->kind == K::district);
    std::size_t end = extend(j + h, known, e);
    // "Phòng Kinh tế, Hạ tầng và Đô thị thuộc Ủy ban nhân dân cấp xã", "Phòng Khoáng sản thuộc Sở
    // …": a department is named with the body it belongs to
    if ((end > j + h || h >= 2) && t_[j].key == "phòng" && end + 1 < n && t_[end].key == "thuộc") {
      if (body_start(end + 1))
        end = extend_body(end + 1);
      // ("Giao Phòng Khoáng sản thuộc Sở chịu trách nhiệm …": a bare "Sở", "Bộ", "Cục" is the
      // issuer, resolved so; the verb after it would otherwise cut it)
      else if (t_[end + 1].word && t_[end + 1].upper &&
               (t_[end + 1].key == "sở" || t_[end + 1].key == "bộ" || t_[end + 1].key == "cục") &&
               (end + 2 == n || !t_[end + 2].word || stop_at(end + 2)))
        end += 2;
    }
    // a bare one-word head ("Vụ", "Cục", "Phòng") names no body
    if (end == j + h && h == 1 && e && e->kind != K::abbr && e->kind != K::local && e->words != "Văn phòng" &&
        j == b) {
      i = end;
      continue;
    }
    // "Chi cục Quản lý đất đai thuộc Sở Tài nguyên và Môi trường", "Trung tâm … trực thuộc Sở …":
    // a unit named with the body it belongs to is one name (its owner says which one),
    // where it opens a clause or an item ("+ Chi cục … thuộc Sở … thu …", "Đơn vị thu: Văn
    // phòng … thuộc Sở …"); one unit, not a run of posts ("Chi cục trưởng Chi cục Hải quan,
    // Đội trưởng Đội kiểm soát thuộc Cục Hải quan") nor an item inside a law's list of posts
    // ("…, Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình thuộc Sở Y tế, …")
    const bool opens = b == 0 || (!t_[b - 1].word && (t_[b - 1].text == ";" || t_[b - 1].text == ":" ||
                                                     t_[b - 1].text == "." || t_[b - 1].text == "("));
    if (e && e->kind == K::head && end > j + h && j == b && opens &&
        std::none_of(t_.begin() + b, t_.begin() + end, [](const Tok& x) { return !x.word && x.text == ","; }))
      if (const std::size_t o = owner_at(end)) end = extend_body(o);
    out.push_back({b, end, false, e ? e->kind : K::head, e});
    i = end;
    // "phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị cấp xã": a slash joins alternatives, the second
    // printed without the head noun it shares ("Phòng", "Trung tâm"): two bodies
    if (e && end + 1 < n && t_[end].text == "/" && t_[end + 1].word && t_[end + 1].upper && !agency_start(end + 1) &&
        !is_place_word(t_[end + 1].key)) {
      std::size_t hw = j + 1;  // the head noun: its first word and its lower-case second ("Chi cục")
      if (hw < end && t_[hw].word && !t_[hw].upper) ++hw;
      const std::size_t alt = extend(end + 1, false, e);
      if (alt > end + 1) {
        Mention mn{end + 1, alt, false, e->kind, e};
        std::string head = join_text(j, hw);
        if (!head.empty() && head[0] >= 'a' && head[0] <= 'z') head[0] = static_cast<char>(head[0] - 'a' + 'A');
        mn.name = head + " " + join_text(end + 1, alt);
        out.push_back(mn);
        i = alt;
      }
    }
  }
  partners(out);
  described_subjects(out);
  role_holders(out);
  acting_bodies(out);
  place_subjects(out);
  return out;
}

}  // namespace vanban::link_detail
