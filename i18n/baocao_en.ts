<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="43"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="44"/>
        <source>Kiểm tra lại toàn bộ báo cáo (F7)</source>
        <translation>Check the whole report again (F7)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="46"/>
        <source>Giải trình…</source>
        <translation>Explain…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="47"/>
        <source>Ghi lý do cho cảnh báo đang chọn; lời giải trình được lưu cùng số liệu</source>
        <translation>Give the reason for the selected warning; the explanation is kept with the figure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="68"/>
        <source>Đã giải trình: </source>
        <translation>Explained: </translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="75"/>
        <source>Không có lỗi.</source>
        <translation>No problems.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/issuespanel.py" line="77"/>
        <source>%n lỗi</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/issuespanel.py" line="77"/>
        <source>%n cảnh báo</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="96"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="96"/>
        <source>Lý do (ngắn gọn):</source>
        <translation>Reason (short):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="190"/>
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="51"/>
        <source>Báo cáo xã, phường</source>
        <translation>Commune reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="64"/>
        <location filename="../desktop/ui/mainwindow.py" line="93"/>
        <location filename="../desktop/ui/mainwindow.py" line="204"/>
        <source>Báo cáo mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="70"/>
        <source>Chưa mở báo cáo nào.

Bấm «Báo cáo mới» (Ctrl+N) để bắt đầu, hoặc chọn một báo cáo trong danh sách bên trái.</source>
        <translation>No report is open.

Press «New report» (Ctrl+N) to start, or choose a report in the list on the left.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="95"/>
        <source>Xem trước / In PDF</source>
        <translation>Preview / Print PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="96"/>
        <location filename="../desktop/ui/mainwindow.py" line="232"/>
        <source>Xóa báo cáo</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="97"/>
        <source>Hoàn tất báo cáo</source>
        <translation>Finalise report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="98"/>
        <source>Trả về bản nháp để sửa</source>
        <translation>Back to draft to correct it</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="99"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="101"/>
        <source>Mở tệp báo cáo (.json)…</source>
        <translation>Open report file (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="103"/>
        <source>Mở báo cáo mẫu</source>
        <translation>Open sample report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="110"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="111"/>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="112"/>
        <source>Kiểm tra lỗi</source>
        <translation>Check for problems</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="115"/>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="116"/>
        <source>Đơn vị hành chính…</source>
        <translation>Administrative unit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="117"/>
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="120"/>
        <source>Công cụ</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="143"/>
        <source>bản nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="143"/>
        <source>đã hoàn tất</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="144"/>
        <source>đã gửi</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="194"/>
        <source>CHƯA LƯU ĐƯỢC: {0}</source>
        <translation>NOT SAVED: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="205"/>
        <source>Loại báo cáo:</source>
        <translation>Report kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="215"/>
        <source>Mở tệp báo cáo</source>
        <translation>Open report file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="216"/>
        <source>Tệp báo cáo (*.json)</source>
        <translation>Report files (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="224"/>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="233"/>
        <source>Xóa hẳn báo cáo «{0}»? Không thể hoàn tác.</source>
        <translation>Delete the report «{0}» for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="261"/>
        <source>Chưa hoàn tất được</source>
        <translation>Cannot finalise yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="263"/>
        <source>Đã hoàn tất báo cáo; muốn sửa thì trả về bản nháp.</source>
        <translation>The report is final; to correct it, turn it back into a draft.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="295"/>
        <source>Không tạo được PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="317"/>
        <source>Chưa chọn đơn vị hành chính</source>
        <translation>No administrative unit chosen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="322"/>
        <source>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="330"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="331"/>
        <source>Những thay đổi cuối chưa lưu được vào cơ sở dữ liệu. Vẫn thoát?</source>
        <translation>The last changes could not be saved to the database. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="59"/>
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="60"/>
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="61"/>
        <source>Xóa mục</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="62"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="63"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="65"/>
        <source>Chuyển mục lên trên (Ctrl+Up)</source>
        <translation>Move the section up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="66"/>
        <source>Chuyển mục xuống dưới (Ctrl+Down)</source>
        <translation>Move the section down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="144"/>
        <source>Chọn một mục để viết nội dung.</source>
        <translation>Choose a section to write its text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="150"/>
        <source>Mỗi đoạn văn một dòng.</source>
        <translation>One paragraph per line.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="152"/>
        <source>Nội dung mục {0} {1}</source>
        <translation>Text of section {0} {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="182"/>
        <location filename="../desktop/ui/outlineeditor.py" line="188"/>
        <location filename="../desktop/ui/outlineeditor.py" line="190"/>
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../desktop/ui/preview.py" line="26"/>
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="37"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="38"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="39"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="53"/>
        <source>Lưu tệp PDF</source>
        <translation>Save PDF file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="54"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="60"/>
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="61"/>
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Cannot write the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="72"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="73"/>
        <source>Không mở được máy in đã chọn.</source>
        <translation>Cannot open the chosen printer.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../desktop/ui/reportform.py" line="68"/>
        <source>Thông tin văn bản</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="69"/>
        <source>Nội dung</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="70"/>
        <source>Nơi nhận, người ký</source>
        <translation>Recipients, signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="170"/>
        <source>để trống khi chưa lấy số</source>
        <translation>leave blank until numbered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="178"/>
        <source>Để trống ngày, tháng (ghi tay khi ký)</source>
        <translation>Leave day and month blank (filled in by hand when signed)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="187"/>
        <source>Mỗi nơi một dòng; để trống nếu không có</source>
        <translation>One addressee per line; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="189"/>
        <source>Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)</source>
        <translation>Taken from the chosen administrative unit (Settings → Administrative unit)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="192"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="193"/>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="194"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="195"/>
        <source>Ngày ban hành:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="196"/>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="197"/>
        <source>Trích yếu:</source>
        <translation>Subject (trích yếu):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="198"/>
        <source>Kính gửi:</source>
        <translation>To (kính gửi):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="200"/>
        <source>Mỗi căn cứ một dòng: Căn cứ …; để trống nếu không có</source>
        <translation>One legal basis per line: Căn cứ …; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="201"/>
        <source>Căn cứ:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="232"/>
        <source>Đoạn mở đầu:</source>
        <translation>Opening paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="234"/>
        <source>Các mục (I., 1., a)):</source>
        <translation>Sections (I., 1., a)):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="236"/>
        <source>Đoạn kết thúc:</source>
        <translation>Closing paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="239"/>
        <source>Mỗi chú thích một dòng; dòng thứ n ứng với dấu [^n] trong bài</source>
        <translation>One footnote per line; line n is the note of the mark [^n] in the text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="240"/>
        <source>Chú thích cuối trang:</source>
        <translation>Footnotes:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="274"/>
        <source>Nơi nhận</source>
        <translation>Recipients (nơi nhận)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="278"/>
        <source>Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ...</source>
        <translation>One recipient per line; the last: Lưu: VT, ...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="285"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="291"/>
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="291"/>
        <source>TM. (thay mặt)</source>
        <translation>TM. (on behalf of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="292"/>
        <source>KT. (ký thay)</source>
        <translation>KT. (signing for)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="292"/>
        <source>TL. (thừa lệnh)</source>
        <translation>TL. (by order of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="293"/>
        <source>TUQ. (thừa ủy quyền)</source>
        <translation>TUQ. (by delegation of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="293"/>
        <source>Q. (quyền)</source>
        <translation>Q. (acting)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="294"/>
        <source>T/M (thay mặt, văn bản của Đảng)</source>
        <translation>T/M (on behalf of, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="294"/>
        <source>K/T (ký thay, văn bản của Đảng)</source>
        <translation>K/T (signing for, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="295"/>
        <source>T/L (thừa lệnh, văn bản của Đảng)</source>
        <translation>T/L (by order of, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="300"/>
        <source>Mỗi dòng chức vụ một dòng</source>
        <translation>One line per title line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="302"/>
        <source>Thẩm quyền:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="303"/>
        <source>Thay mặt / ký thay cho:</source>
        <translation>On behalf of / for:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="304"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="305"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="163"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="164"/>
        <source>Thêm một dòng dưới dòng đang chọn (Ctrl+Insert)</source>
        <translation>Add a row below the selected one (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="167"/>
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="168"/>
        <source>Thêm một dòng nhóm (I, II, …) in đậm</source>
        <translation>Add a group row (I, II, …) in bold</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="170"/>
        <source>Xóa dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="171"/>
        <source>Xóa dòng đang chọn (Ctrl+Delete)</source>
        <translation>Remove the selected row (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="123"/>
        <source>Giải trình: </source>
        <translation>Explanation: </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tablemodel.py" line="155"/>
        <source>%n ô không nhận được; ô đầu tiên: </source>
        <translation>
            <numerusform>%n cell was not taken: </numerusform>
            <numerusform>%n cells were not taken; the first: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="30"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="36"/>
        <source>Gõ tên để tìm trong cả nước, ví dụ: Trần Liễu</source>
        <translation>Type a name to search the whole country, e.g. Trần Liễu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="45"/>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="46"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="61"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="62"/>
        <source>Tìm xã, phường:</source>
        <translation>Find commune or ward:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="64"/>
        <source>Chọn đơn vị ban hành báo cáo theo danh mục đơn vị hành chính sau sắp xếp năm 2025.</source>
        <translation>Choose the unit that issues the reports, from the official list after the 2025 reorganisation.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="70"/>
        <source>Địa danh ghi ở dòng ngày tháng:</source>
        <translation>Place name on the date line:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="124"/>
        <source>Tên riêng</source>
        <translation>Proper name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="125"/>
        <source>Tên đầy đủ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="128"/>
        <source>«{0}» (như các báo cáo mẫu)</source>
        <translation>«{0}» (as in the sample reports)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="129"/>
        <source>«{0}» (cách viết đầy đủ)</source>
        <translation>«{0}» (written in full)</translation>
    </message>
</context>
</TS>
