// Agents told in other words than "X <verb>": a passive agent ("do X chịu
// trách nhiệm quyết định"), a form of address before the subject ("Các Ông
// Chánh văn phòng, …"), and powers whose words also owe a duty ("phê duyệt và
// chịu trách nhiệm về …", "cấp Giấy chứng nhận … trong thời hạn mười lăm ngày").
// Read over the folded keys of the words before a name (p2), after it (post2)
// and of its clause.
#pragma once

#include <string_view>

namespace vanban::link_detail {

// "Việc bố trí kinh phí do Thủ trưởng cơ quan, đơn vị chịu trách nhiệm quyết
// định", "… do trưởng thôn phối hợp với … triệu tập và chủ trì": the agent of
// a duty verb after "do" is the subject.
bool passive_agent(std::string_view p2, std::string_view post2, std::string_view clause);

// "Các Ông Chánh văn phòng, …", "Ông (bà) Giám đốc …": only a form of address
// stands before the subject.
bool address_form(std::string_view p2);

// "Văn phòng Chính phủ thông báo để các Bộ: Tài chính, … và các cơ quan liên quan biết, thực hiện" (the
// closing of a letter that conveys an instruction): those it is told to are to carry it out.
bool informed_to_act(std::string_view p2, std::string_view post);

// A power verb that is a duty here: a decision the body "chịu trách nhiệm"
// for, approving "và chịu trách nhiệm", or a grant owed within a time limit
// ("cấp Giấy chứng nhận … trong thời hạn …"). (post: the words after the
// name; post2: the same from its verb, after "có/chịu trách nhiệm")
bool owed_power(std::string_view post, std::string_view post2, std::string_view clause);
// A power the issuer hands over is a task: "Giao Ủy ban nhân dân Tỉnh ban hành
// Quyết định phê duyệt …" (`p2` the words before the names, `post2` after);
// so is a proposal a case calls for ("… thì Hiệu trưởng … đề nghị Tòa án …
// xem xét, quyết định …").
bool handed_power(std::string_view p2, std::string_view post2);

}  // namespace vanban::link_detail
