// Where a body's name ends (the Finder of mentions.h): a head word's name
// runs over the capitalised words after it, levels and places, a region's
// name or number, up to a verb or a cue.
#include "mentions.h"

namespace vanban::link_detail {

std::size_t Finder::extend(std::size_t j, bool known, const AgencyEntry* head) const {
  // a unit's head word alone ("Vụ", "Cục", "Tổng cục", "Ban"): its name follows
  const bool unit = !head || head->kind == K::head || head->keys.size() == 1;
  const std::size_t first = j;
  bool in_list = false;
  int lower_run = 0;
  std::size_t n = t_.size();
  std::size_t end = j;
  while (j < n) {
    const Tok& t = t_[j];
    // "ban công tác Mặt trận (ở) thôn, làng, ấp, bản": the village body's villages
    if (j == first && t.word && head && head->kind == K::local) {
      const std::size_t v = villages(j + (t.key == "ở" ? 1 : 0));
      if (v > j + 1) {
        j = end = v;
        break;
      }
    }
    if (t.word && t.key != "và") {
      // "Thường trực Ủy ban có trách nhiệm …" (NQ 96/2023/QH15): "ban" after a capitalised "Ủy" is the
      // committee's second syllable, lower case by the spelling rule, not the end of the name (right after the
      // head: "… trực thuộc Trung ương Ủy ban nhân dân …" is another name begun)
      if (t.key == "ban" && j == first + 1 && t_[j - 1].upper && (t_[j - 1].key == "ủy" || t_[j - 1].key == "uỷ")) {
        end = ++j;
        continue;
      }
      // "… tỉnh, khu vực", "… khu vực I": a region, its numeral the only name after it (a capitalised
      // word next opens the text: "… khu vực⏎Quản lý cụm công nghiệp …")
      if (t.key == "vực" && j > first && t_[j - 1].key == "khu") {
        ++j;
        if (j < n && t_[j].word && !t_[j].text.empty() &&
            std::all_of(t_[j].text.begin(), t_[j].text.end(), [](char ch) { return ch == 'I' || ch == 'V' || ch == 'X'; }))
          ++j;
        end = j;
        break;
      }
      if (j == first && t.upper && !known && !body_start(j) && !m(j, {K::office}) && !place_at(j)) {  // "Vụ Các vấn đề chung …"
        ++j;
        end = j;
        continue;
      }
      if (t.key == "các") {
        // "Ủy ban công tác về các Tổ chức phi chính phủ nước ngoài": the matter of a unit
        if (j > first && t_[j - 1].key == "về" && j + 1 < n && t_[j + 1].word && t_[j + 1].upper &&
            !agency_start(j + 1)) {
          j += 2;  // (its first word may look like a verb: "Tổ chức")
          end = j;
          lower_run = 0;
          continue;
        }
        // "ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương": the Party committees
        // whose body it is, listed ("tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy"), then their level
        {
          auto committee = [&](std::size_t q) {
            return q + 1 < n && t_[q + 1].key == "ủy" &&
                   (t_[q].key == "tỉnh" || t_[q].key == "thành" || t_[q].key == "huyện" || t_[q].key == "đảng");
          };
          std::size_t q = j + 1;
          while (committee(q)) {
            q += 2;
            if (q + 1 < n && (t_[q].text == "," || t_[q].key == "và") && committee(q + 1)) ++q;
          }
          if (q > j + 1) {
            if (q + 3 < n && t_[q].key == "trực" && t_[q + 1].key == "thuộc" && t_[q + 2].key == "trung" &&
                t_[q + 3].key == "ương")
              q += 4;
            j = end = q;
            break;
          }
        }
        // "Ban Quản lý các dự án Lâm nghiệp", "… các dự án đầu tư xây dựng": the projects it runs
        if (j > 0 && t_[j - 1].key == "lý" && j + 2 < n && t_[j + 1].key == "dự" && t_[j + 2].key == "án") {
          j = end = j + 3;
          lower_run = 0;
          continue;
        }
        if (j + 1 < n && is_place_word(t_[j + 1].key)) {
          in_list = true;
          j += 1;
          end = j;
          continue;
        }
        // "UBND các địa phương", "chính quyền địa phương các đơn vị hành chính": places too
        if (j + 2 < n && ((t_[j + 1].key == "địa" && t_[j + 2].key == "phương") ||
                          (t_[j + 1].key == "đơn" && t_[j + 2].key == "vị" && j + 4 < n && t_[j + 3].key == "hành" &&
                           t_[j + 4].key == "chính"))) {
          j += t_[j + 1].key == "địa" ? 3 : 5;
          end = j;
          continue;
        }
        break;
      }
      if (t.key == "của") {
        if (j + 1 < n && (body_start(j + 1) || t_[j + 1].key == "các")) {
          ++j;
          continue;
        }
        // "Ủy ban nhân dân các xã, phường của tỉnh": the places listed are the province's (and
        // its name may follow: "… của tỉnh Lào Cai")
        if (const std::size_t e = in_list ? owner_place_end(j) : 0) {
          j = e;
          for (int k = 0; k < 3 && j < n && t_[j].word && t_[j].upper; ++k) ++j;
          end = j;
          break;
        }
        break;
      }
      // "tỉnh, thành phố trực thuộc Trung ương", "thành phố thuộc tỉnh" (and "… trực thuộc TW", TT 120/2002)
      if (j > first && place_at(j - 1) && (t.key == "trực" || t.key == "thuộc")) {
        std::size_t q = t.key == "trực" ? j + 1 : j;
        if (q + 1 < n && t_[q].key == "thuộc" &&
            (t_[q + 1].key == "tỉnh" || t_[q + 1].key == "tw" ||
             (t_[q + 1].key == "trung" && q + 2 < n && t_[q + 2].key == "ương"))) {
          j = t_[q + 1].key == "tỉnh" || t_[q + 1].key == "tw" ? q + 2 : q + 3;
          end = j;
          continue;
        }
        // "thành phố thuộc thành phố trực thuộc trung ương" (Luật 65/2025): a city under a centrally-run city
        if (q + 6 < n && t_[q].key == "thuộc" && t_[q + 1].key == "thành" && t_[q + 2].key == "phố" &&
            t_[q + 3].key == "trực" && t_[q + 4].key == "thuộc" && t_[q + 5].key == "trung" && t_[q + 6].key == "ương") {
          j = end = q + 7;
          continue;
        }
        // "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã trực thuộc thành phố" (QĐ 14/2025 Hà Nội): the
        // places under the city, as under a province (not "… thuộc thành phố Hà Nội": the city named)
        if (q + 2 < n && t_[q].key == "thuộc" && t_[q + 1].key == "thành" && t_[q + 2].key == "phố" &&
            (q + 3 >= n || !t_[q + 3].word || !t_[q + 3].upper)) {
          j = end = q + 3;
          continue;
        }
      }
      // "Giám đốc các Trung tâm trực thuộc Sở Y tế", "các Chi cục thuộc Cục Thuế": units of a kind, no
      // name of their own, said which by the body they belong to (before, "trực" was read as the name)
      if (j == first && head && head->kind == K::head && first > head->keys.size() &&
          t_[first - head->keys.size() - 1].key == "các")
        if (const std::size_t o = owner_at(j)) {
          end = extend_body(o);
          break;
        }
      // "Tổng cục Quản lý …", "Ban quản lý …": the first word after a head is the name's
      // in a list after a colon ("Đơn vị phối hợp: Vụ …, Cục Quản lý xử lý vi
      // phạm hành chính và theo dõi thi hành pháp luật, …") a name runs to
      // the comma unless a role verb ends it
      const bool loose = at_[j].listed && !t.upper && j > first && !role_verb(j);
      // "Ủy ban nhân dân tỉnh nơi dự kiến thành lập Cục Hải quan", "Toà án
      // nhân dân nơi có cơ sở cai nghiện", "Kho bạc nhà nước nơi giao dịch":
      // which one, part of the name; a "nơi" not read as such a clause ends it
      if (t.key == "nơi" && (j > first || (head && head->keys.size() >= 2))) {
        const std::size_t w = where_clause(j);
        end = w > j + 1 ? w : j;
        break;
      }
      // "Ủy ban nhân dân cấp tỉnh có liên quan": which of them, part of the name
      if (t.key == "có" && j > first && j + 2 < n && t_[j + 1].key == "liên" && t_[j + 2].key == "quan") {
        j += 3;
        end = j;
        continue;
      }
      // (a full name ends before the verb: "chính quyền địa phương quản lý chặt chẽ")
      // ("đầu tư" inside a field, "Trung tâm Xúc tiến đầu tư": not the time word "đầu")
      // ("thành phố Cần Thơ": a place's proper name, every syllable capitalised, has no verb "cần";
      // a label line's verb joined after a level word has a lower-case tail: "… tỉnh Chỉ đạo")
      const bool place_name = t.upper && j > first && t_[j - 1].word && place_at(j - 1) && j + 1 < n &&
                              t_[j + 1].word && t_[j + 1].upper;
      // ("Ban Quản lý đầu tư xây dựng tỉnh": the investment a board of management manages is its
      // name's field, not a verb; "đầu tư xây dựng", investment in building, one field)
      const bool manages = head && head->keys.size() >= 2 && head->keys.back() == "lý" &&
                           head->keys[head->keys.size() - 2] == "quản" &&
                           ((t.key == "đầu" && j + 1 < n && t_[j + 1].key == "tư" &&
                             // ("Ban quản lý dự án đầu tư xây dựng", Luật 135/2025: the projects it manages)
                             (j == first || (j >= first + 2 && t_[j - 2].key == "dự" && t_[j - 1].key == "án" &&
                                             j + 3 < n && t_[j + 2].key == "xây" && t_[j + 3].key == "dựng"))) ||
                            (t.key == "xây" && j >= first + 2 && t_[j - 1].key == "tư" && t_[j - 2].key == "đầu" &&
                             !builds(j)));
      // ("Ban chỉ đạo Chương trình UN-REDD Việt Nam", "Ban quản lý Chương trình …": the noun "chương trình", a
      // programme a board is of, not the verb "trình")
      const bool programme = t.key == "trình" && j > first && t_[j - 1].key == "chương";
      if (stop_at(j) && !loose && !place_name && !manages && !programme &&
          !(unit && j == first && t.key == "quản" && j + 1 < n && t_[j + 1].key == "lý") &&
          !(unit && j > first && t.key == "đầu" && j + 2 < n && t_[j + 1].key == "tư" &&
            (!t_[j + 2].word || t_[j + 2].upper || t_[j + 2].key == "và")))
        break;
      if (builds(j) && j > first) break;
      // a registered name inside a unit's name stays whole ("Cục bản đồ Bộ Tổng
      // tham mưu": "tham mưu" is no verb there)
      if (j > first && t.upper && t_[j - 1].word) {
        const AgencyEntry* in = nullptr;
        const std::size_t len = m(j, {K::central, K::province}, &in);
        if (len >= 2 && in->proper) {
          j += len;
          end = j;
          continue;
        }
      }
      // "2. Giao Sở Xây dựng⏎Chủ trì, phối hợp …": a label line joined to the
      // next sentence; a capitalised verb after the name's first word starts it
      // (after a lower-case syllable only: "Quỹ Hỗ trợ phát triển" keeps its capitalised words)
      if (t.upper && (j > first || known) && j > 0 && t_[j - 1].word && !t_[j - 1].upper && m(j, {K::stop}) &&
          !m(j, {K::head, K::local}) && !place_at(j) && !in_place_name(j) && !place_name)
        break;
      if (body_start(j) && !(j > 0 && t_[j - 1].word)) break;
      // "… cấp tỉnh cấp Giấy chứng nhận": "cấp" before anything but a level is the verb
      if (t.key == "cấp" && j > 0 && t_[j - 1].key == "các") {  // "Ủy ban nhân dân các cấp" ends there
        end = j + 1;
        break;
      }
      // "Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp": the one at the same level
      if (t.key == "cùng" && j + 1 < n && t_[j + 1].key == "cấp") {
        end = j + 2;
        break;
      }
      // "Thường trực Hội đồng nhân dân cấp trên trực tiếp"
      if (t.key == "cấp" && j + 1 < n && (t_[j + 1].key == "trên" || t_[j + 1].key == "dưới")) {
        end = j + 2;
        if (j + 3 < n && t_[j + 2].key == "trực" && t_[j + 3].key == "tiếp") end = j + 4;
        break;
      }
      // "Ban Quản lý khu kinh tế", "khu công nghiệp": a kind of zone, not a place's name
      // "Kho bạc Nhà nước khu vực I", "Chi cục Thuế khu vực Sơn Tây": a numbered or named region
      // ("Chi cục Thuế khu vực 1": the region's number is its name too)
      if (t.key == "khu" && j + 2 < n && t_[j + 1].key == "vực" && t_[j + 2].word &&
          (t_[j + 2].upper || (t_[j + 2].text[0] >= '0' && t_[j + 2].text[0] <= '9'))) {
        j += 3;
        if (!t_[j - 1].upper) {  // (a number closes it: "… khu vực 1⏎a) Chỉ đạo …")
          end = j;
          break;
        }
        while (j < n && t_[j].word && t_[j].upper && !body_start(j)) ++j;
        end = j;
        continue;
      }
      if (t.key == "khu" && j + 2 < n && t_[j + 1].word && t_[j + 2].word &&
          ((t_[j + 1].key == "kinh" && t_[j + 2].key == "tế") || (t_[j + 1].key == "công" && t_[j + 2].key == "nghiệp") ||
           (t_[j + 1].key == "chế" && t_[j + 2].key == "xuất") ||
           (t_[j + 1].key == "công" && t_[j + 2].key == "nghệ" && j + 3 < n && t_[j + 3].key == "cao"))) {
        j += t_[j + 2].key == "nghệ" ? 4 : 3;  // "khu công nghệ cao"
        end = j;
        continue;
      }
      if (t.key == "cấp" && (j > first || known)) {
        static const std::set<std::string, std::less<>> levels = {"tỉnh", "huyện", "xã", "trung", "bộ", "quận", "thành",
                                                     "thị", "phường", "cơ", "có", "trên", "dưới", "các"};
        if (!(j + 1 < n && t_[j + 1].word && levels.count(t_[j + 1].key))) break;
      }
      // ("Thể thao", "Môi trường": a capitalised word's second syllable stays lower case)
      if (!t.upper && !place_at(j) && !at_[j].listed && j >= first + 3 && !t_[j - 1].upper &&
          t_[j - 1].word && t_[j - 2].upper && t_[j - 3].key == "và") {
        // "Trung tâm Chuyển đổi số và Đào tạo thông tin truyền thông, …": a unit's name (not a
        // registered one, which is whole) may go on with a short field in lower case that a
        // separator or its owner closes; a verb or a name ends it ("… và Thể thao xây dựng …")
        // ("Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường thiết lập …", KH 09/2024 BTNMT: a field of
        // three words or more is no adverb before the verb that closes it; "… dữ liệu TNMT, …": nor before
        // the abbreviation that ends it)
        if (known || !head || head->kind != K::head) break;
        constexpr std::size_t kField = 7;  // (a run of up to six words)
        std::size_t q = j;
        while (q < n && q < j + kField && t_[q].word && !t_[q].upper && !stop_at(q) && !builds(q) &&
               !is_place_word(t_[q].key) && !agency_start(q) && t_[q].key != "và" && !owner_at(q))
          ++q;
        const bool abbreviation =
            q > j && q + 1 < n && t_[q].word && t_[q].upper && m(q, {K::abbr}) == 1 && !t_[q + 1].word;
        const bool closed = q == n || (!t_[q].word && (t_[q].text == "," || t_[q].text == ";" || t_[q].text == ".")) ||
                            owner_at(q) || (q >= j + 3 && t_[q].word && !t_[q].upper && stop_at(q));
        if (abbreviation && q < j + kField) {
          j = end = q + 1;
          continue;
        }
        if (q == j || q == j + kField || !closed) break;
        j = end = q;
        continue;
      }
      if (!t.upper && !place_at(j) && t.key != "liên" && t.key != "quan") {
        if (known && j == first && !(t.key == "có" && j + 1 < n && t_[j + 1].key == "liên")) break;  // a full name from the registry
        // after a place word only proper names follow ("tỉnh An Giang", not "tỉnh khuyến khích")
        // ("Xã hội": a capitalised "Xã" before a lower-case syllable is a word, not a place)
        // (but a level's kind of area: "Chính quyền địa phương cấp huyện ở hải đảo", Luật 65/2025 Điều 25)
        const bool area = t.key == "ở" && j >= first + 2 && t_[j - 2].key == "cấp" && j + 2 < n &&
                          ((t_[j + 1].key == "hải" && t_[j + 2].key == "đảo") ||
                           (t_[j + 1].key == "nông" && t_[j + 2].key == "thôn") ||
                           (t_[j + 1].key == "đô" && t_[j + 2].key == "thị"));
        if (area) {
          j = end = j + 3;
          break;
        }
        // ("Văn phòng Tỉnh ủy", "Văn phòng tỉnh uỷ": the Party committee whose office it is, not a level;
        // "tỉnh ủy quyền" is a delegation, its "ủy quyền" a stop)
        const bool committee = t.key == "ủy" && (t_[j - 1].key == "tỉnh" || t_[j - 1].key == "huyện" ||
                                                 t_[j - 1].key == "thành");
        if (j > first && place_at(j - 1) && !(t_[j - 1].upper && t_[j - 1].key == "xã") &&
            t.key != "có" && t.key != "trực" && t.key != "thuộc" && !committee)
          break;
        // "Quân chủng Phòng không - Không quân xác định và công bố …" (NĐ 14/2026): right after a unit's
        // capitalised name "xác định" is its verb (no stop word: "Tổ chức tư vấn xác định giá đất" names
        // a role by it)
        if (!known && head && head->kind == K::head && j > first + 1 && t.key == "xác" && j + 1 < n &&
            t_[j + 1].key == "định" && (t_[j - 1].upper || (t_[j - 1].word && t_[j - 2].upper)))
          break;
        if (++lower_run > (at_[j].listed ? 14 : 8)) break;
      } else {
        lower_run = 0;
      }
      ++j;
      end = j;
      continue;
    }
    // "Cục Lãnh sự (Bộ Ngoại giao)": a unit and, in brackets, the body it belongs to
    if (t.text == "(" && j > first && !known && head && head->kind == K::head) {
      const AgencyEntry* of = nullptr;
      const std::size_t len = m(j + 1, {K::central, K::province}, &of);
      if (len >= 2 && t_[j + 1].upper && j + 1 + len < n && t_[j + 1 + len].text == ")") {
        j += len + 2;
        end = j;
        continue;
      }
    }
    // connectors
    const std::string_view c = t.word ? t.key : t.text;
    if (c == "," || c == "và" || c == "-" || c == ":" || c == "/") {
      if (j + 1 >= n || !t_[j + 1].word) break;
      const Tok& nx = t_[j + 1];
      // "Vụ Pháp chế - Ủy ban Dân tộc": a unit and the body it belongs to
      // (not two bodies: "Bộ Y tế - Bộ Tài chính")
      if (c == "-" && !known && !!head && head->kind == K::head) {
        const AgencyEntry* of = nullptr;
        const std::size_t len = m(j + 1, {K::central}, &of);
        if (len >= 2 && t_[j + 1].upper) {
          j += 1 + len;
          end = j;
          continue;
        }
      }
      if (c == "-" && person_name_at(j + 1)) break;  // "Phó Giám đốc Sở - Hoàng Văn Thuân": who holds it
      // "Các Cục, Vụ, Văn phòng Bộ có trách nhiệm …" (QĐ 836/QĐ-BXD): units listed by their kinds after
      // "các", a head word alone each
      if (c == "," && j == first && unit && first >= 2 && t_[first - 2].key == "các" && m(j + 1, {K::head}) == 1 &&
          j + 2 < n && (t_[j + 2].text == "," || t_[j + 2].key == "và" || (t_[j + 2].word && !t_[j + 2].upper))) {
        j += 2;
        end = j;
        continue;
      }
      if (c == "-" && !stop_at(j + 1)) {
        ++j;
        continue;
      }
      if (agency_start(j + 1)) break;
      // "Ngân hàng, Kho bạc, tổ chức tín dụng": a head word with no name after it is a body
      // of its kind, listed with others, not the start of a longer name (in a line printed in
      // capitals, "NHIỆM VỤ, QUYỀN HẠN", the case tells nothing: left as it was read)
      if (c == "," && j == first && !known && head && head->kind == K::head && !at_[j].listed && j + 2 < n &&
          t_[j + 2].word && !t_[j + 2].upper)
        break;
      // in a colon list a name's own "và"/"," joins lower-case words
      // ("Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật")
      if (at_[j].listed && (c == "và" || c == ",") && !nx.upper && !role_verb(j + 1)) {
        ++j;
        continue;
      }
      // ("quận, huyện, thành viên Ban Chỉ đạo": "thành"/"thị" that begins
      // another word is no place; "huyện, thị, thành giúp …" is)
      const bool short_place = (nx.key == "thành" || nx.key == "thị") && j + 2 < n && t_[j + 2].word &&
                               has_any(t_[j + 2].key, {"viên", "lập", "phần", "tích", "trường", "uỷ", "ủy"});
      if ((in_list || (j > 0 && place_at(j - 1))) && c != "-" && is_place_word(nx.key) && !short_place &&
          !(j + 2 < n && t_[j + 2].word && t_[j + 2].upper)) {
        ++j;
        continue;
      }
      if (in_list && (nx.upper || is_place_word(nx.key))) {
        ++j;
        continue;
      }
      // "Trung tâm Xúc tiến đầu tư, thương mại, du lịch Hà Nội": fields in
      // lower case closed by the place's proper name
      if (c == "," && !nx.upper && !known && fields_to_name(j)) {
        ++j;
        continue;
      }
      // "Vụ Phổ biến, giáo dục pháp luật": a short lower-case list inside a name (not an office in lower
      // case after it: "… Bộ Nông nghiệp và Môi trường, thủ trưởng các cơ quan …" lists another subject)
      if (c == "," && !nx.upper && j - first <= 2 && !stop_at(j + 1) && !is_place_word(nx.key) &&
          !m(j + 1, {K::collective, K::collective_phrase, K::office}) && j + 2 < n &&
          t_[j + 2].word && !stop_at(j + 2) && !agency_start(j + 1)) {
        ++j;
        continue;
      }
      if ((c == "," || c == "và") && nx.upper && !stop_at(j + 1)) {
        ++j;
        continue;
      }
      // "Trung tâm Truyền thông tài nguyên và môi trường", "Viện Chiến lược, Chính sách tài nguyên và môi
      // trường": a ministry's field in lower case inside a unit's name is whole, its "và" joins no body
      if (c == "và" && !nx.upper && !known && head && head->kind == K::head)
        if (const std::size_t f = ministry_field_through(j, first)) {
          j = end = f;
          continue;
        }
      // "Trung tâm Công nghệ thông tin tài nguyên và môi trường thuộc Sở …": a lower-case
      // field joined by "và" inside a unit's name, closed by the body it belongs to
      if (c == "và" && !nx.upper && !known && head && head->kind == K::head) {
        std::size_t q = j + 1;
        while (q < n && q < j + 5 && t_[q].word && !t_[q].upper && !stop_at(q) && !is_place_word(t_[q].key)) ++q;
        if (q > j + 1 && owner_at(q)) {
          j = q;
          end = j;
          continue;
        }
      }
      break;
    }
    break;
  }
  // "Ủy ban nhân dân ở | cấp chính quyền địa phương": a name does not end in the word that links it on
  // ("Hội đồng bán nhà ở": "nhà ở", housing, is one word)
  while (end > first && t_[end - 1].word && dangling_word(t_[end - 1].key) &&
         !(t_[end - 1].key == "ở" && end >= 2 && t_[end - 2].key == "nhà"))
    --end;
  end = related_to(end);
  // (bodies of many places, "Ủy ban nhân dân các xã, phường trên địa bàn tỉnh": which of them)
  for (std::size_t k = first; k < end; ++k)
    if (t_[k].key == "các") return on_area(end);
  return end;
}

std::size_t Finder::ministry_field_through(std::size_t j, std::size_t first) const {
  const std::size_t n = t_.size();
  for (const std::vector<std::string>& f : reg_.ministry_fields()) {
    const std::size_t v = static_cast<std::size_t>(std::find(f.begin(), f.end(), "và") - f.begin());
    if (j < first + 1 + v || j + (f.size() - v) > n) continue;
    bool same = true;
    for (std::size_t k = 0; k < f.size() && same; ++k) {
      const Tok& x = t_[j - v + k];
      // (the words before "và" in lower case: a capitalised one is a name's, "Khoa học và …" of its own)
      same = x.key == f[k] && (k >= v || (x.word && !x.upper));
    }
    if (same) return j + (f.size() - v);
  }
  return 0;
}

}  // namespace vanban::link_detail
