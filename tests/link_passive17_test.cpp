// Link stage: the agent of a passive of oversight ("do/được cơ quan … kiểm tra, giám sát"), and a
// body the document names for itself after a comma ("…, sau đây gọi là Cơ quan kiểm tra"), each on
// the real sentence of the consolidated TT 09/2016/TT-BNNPTNT (VBHN 18/VBHN-BNNMT), with a near reading.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
const std::string kBo = "Bộ Nông nghiệp và Môi trường";
const std::string kBody = "Cơ quan quản lý chuyên ngành chăn nuôi và thú y có thẩm quyền";
}  // namespace

TEST_CASE("link passive17: 'do' a described body and two verbs of oversight: that body supervises") {
  // TT 09/2016/TT-BNNPTNT Điều 33 khoản 3 điểm a
  Document d = one(kBo,
                   "Số lượng và mẫu bao bì nêu tại khoản 2 Điều này do cơ quan quản lý chuyên ngành chăn nuôi và "
                   "thú y có thẩm quyền kiểm tra, giám sát;",
                   "Thông tư");
  CHECK(mention_of(d, kBody, Role::supervise) == "cơ quan quản lý chuyên ngành chăn nuôi và thú y có thẩm quyền");
  CHECK(!has(d, kBody, Role::lead));
  // near reading: a step of a procedure done by a body ("do … tổ chức") names no one
  Document e = one(kBo,
                   "Thành viên: Có ít nhất 01 thành viên được tập huấn về đánh giá vệ sinh thú y do cơ quan quản lý "
                   "chuyên ngành chăn nuôi và thú y tổ chức;",
                   "Thông tư");
  CHECK(e.assignments.empty());
}

TEST_CASE("link passive17: 'được' a described body and oversight, not what was done before") {
  // TT 09/2016/TT-BNNPTNT Điều 43 khoản 3
  Document d = one(kBo,
                   "Cơ sở quy định tại điểm d mục 2 Phụ lục I của Thông tư này khi hoạt động phải bảo đảm yêu cầu vệ "
                   "sinh thú y, được cơ quan quản lý chuyên ngành chăn nuôi và thú y có thẩm quyền kiểm tra, giám sát "
                   "việc đáp ứng yêu cầu vệ sinh thú y.",
                   "Thông tư");
  CHECK(has(d, kBody, Role::supervise));
  // near reading: "đã được … kiểm tra, giám sát" tells what was done
  Document e = one(kBo,
                   "Sản phẩm động vật đã được cơ quan quản lý chuyên ngành chăn nuôi và thú y có thẩm quyền kiểm "
                   "tra, giám sát thì được lưu thông.",
                   "Thông tư");
  CHECK(!has(e, kBody, Role::supervise));
}

TEST_CASE("link passive17: a topic label's noun 'giám sát' gives no role to a subject with its own verb") {
  // TT 09/2016/TT-BNNPTNT Điều 40 khoản 2 điểm c
  Document d = one(kBo,
                   "Quy định về việc lấy mẫu phân tích và kinh phí phân tích mẫu giám sát: Cục Chăn nuôi và Thú y tổ "
                   "chức thực hiện việc lấy mẫu xét nghiệm các chỉ tiêu về ô nhiễm vi sinh vật và phân tích các chất "
                   "tồn dư độc hại trong sản phẩm động vật theo kế hoạch đã được Bộ Nông nghiệp và Môi trường phê "
                   "duyệt và cấp kinh phí.",
                   "Thông tư");
  CHECK(has(d, "Cục Chăn nuôi và Thú y Bộ Nông nghiệp và Môi trường", Role::lead));
  CHECK(!has(d, "Cục Chăn nuôi và Thú y", Role::supervise));
}

TEST_CASE("link passive17: a body named after a comma by 'sau đây gọi là' acts under that name") {
  // TT 09/2016/TT-BNNPTNT Điều 37 khoản 1, 2
  Document d;
  d.meta.doc_type = "Thông tư";
  d.meta.issuer = kBo;
  d.provisions.push_back(prov("para_1",
                              "Cơ quan quản lý chuyên ngành chăn nuôi và thú y thực hiện kiểm tra vệ sinh thú y, sau "
                              "đây gọi là Cơ quan kiểm tra"));
  d.provisions.push_back(prov("para_2",
                              "Cơ quan kiểm tra nêu tại khoản 1 Điều này có trách nhiệm thành lập đoàn kiểm tra, gửi "
                              "văn bản đề nghị các cơ quan liên quan cử thành viên tham gia đoàn kiểm tra (nếu cần); "
                              "thành viên đoàn kiểm tra đáp ứng yêu cầu sau:"));
  d.provisions.push_back(prov("para_3",
                              "Hằng năm, cơ quan kiểm tra quy định tại khoản 1 Điều này căn cứ danh sách cơ sở thuộc "
                              "thẩm quyền quản lý để xây dựng kế hoạch kiểm tra; lập dự toán kinh phí trình cơ quan "
                              "có thẩm quyền phê duyệt; thành lập đoàn kiểm tra;"));
  link(d);
  CHECK(on(d, "para_2") == std::vector<std::string>{"lead Cơ quan kiểm tra"});
  CHECK(on(d, "para_3") == std::vector<std::string>{"lead Cơ quan kiểm tra"});
}

TEST_CASE("link passive17: an inspection team and its heads are role-holders, 'kiểm tra' their kind") {
  // TT 09/2016/TT-BNNPTNT Điều 37 khoản 6 điểm d
  Document d = one(kBo,
                   "Đối với cơ sở không phải lấy mẫu: Trưởng đoàn kiểm tra gửi Biên bản kiểm tra đến Thủ trưởng cơ "
                   "quan kiểm tra quy định tại khoản 1 Điều này; căn cứ Biên bản kiểm tra, Thủ trưởng cơ quan kiểm "
                   "tra ban hành Kết luận kết quả kiểm tra vệ sinh thú y theo Mẫu 07e quy định tại Phụ lục II ban "
                   "hành kèm theo Thông tư này.",
                   "Thông tư");
  CHECK(mention_of(d, "Trưởng đoàn kiểm tra", Role::lead) == "Trưởng đoàn kiểm tra");
  CHECK(!has(d, "Trưởng đoàn", Role::supervise));
  // near reading: the team set up is an object ("thành lập đoàn kiểm tra")
  Document e = one(kBo, "Cục Chăn nuôi và Thú y thành lập đoàn kiểm tra.", "Thông tư");
  CHECK(!has(e, "Đoàn kiểm tra", Role::lead));
}

TEST_CASE("link passive17: a duty list's lead-in names a described body whole") {
  // TT 09/2016/TT-BNNPTNT Điều 41 khoản 2
  Document d;
  d.meta.doc_type = "Thông tư";
  d.meta.issuer = kBo;
  d.provisions.push_back(prov("para_2", "Trách nhiệm của cơ quan quản lý chuyên ngành chăn nuôi và thú y cấp tỉnh:",
                              {prov("para_2__point_a",
                                    "Xây dựng và thực hiện Chương trình giám sát hàng năm đối với đối tượng nêu tại "
                                    "điểm a, b và d khoản 1 Điều 40 của Thông tư này;")}));
  link(d);
  CHECK(has(d, "Cơ quan quản lý chuyên ngành chăn nuôi và thú y cấp tỉnh", Role::lead));
  CHECK(on(d, "para_2__point_a").empty());
  // near reading: a lead-in that names a registry body stays as the registry reads it
  Document e = one(kBo, "Trách nhiệm của Cục Chăn nuôi và Thú y:", "Thông tư");
  CHECK(on(e, "para_1") == std::vector<std::string>{"lead Cục Chăn nuôi và Thú y Bộ Nông nghiệp và Môi trường"});
}

TEST_CASE("link passive17: after a case label the team reviews and its head sends the record") {
  // TT 09/2016/TT-BNNPTNT Điều 37 khoản 6 điểm e
  Document d = one(kBo,
                   "Đối với cơ sở xếp loại “KHÔNG ĐẠT”, phải khắc phục: Sau khi nhận được báo cáo khắc phục của cơ "
                   "sở, đoàn kiểm tra xem xét, đánh giá nội dung khắc phục. Nếu nội dung khắc phục đạt yêu cầu, "
                   "Trưởng đoàn kiểm tra gửi Biên bản kiểm tra (kèm Báo cáo khắc phục của cơ sở) đến Thủ trưởng Cơ "
                   "quan kiểm tra quy định tại khoản 1 Điều này, Thủ trưởng cơ quan kiểm tra ban hành Kết luận kết "
                   "quả kiểm tra vệ sinh thú y theo Mẫu 07e quy định tại Phụ lục II ban hành kèm theo Thông tư này.",
                   "Thông tư");
  CHECK(mention_of(d, "Đoàn kiểm tra", Role::lead) == "đoàn kiểm tra");
}
