<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="170" />
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="51" />
        <source>Báo cáo xã, phường</source>
        <translation>Commune reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="64" />
        <location filename="../desktop/ui/mainwindow.py" line="96" />
        <location filename="../desktop/ui/mainwindow.py" line="183" />
        <source>Báo cáo mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="70" />
        <source>Chưa mở báo cáo nào.

Bấm «Báo cáo mới» (Ctrl+N) để bắt đầu, hoặc chọn một báo cáo trong danh sách bên trái.</source>
        <translation>No report is open.

Press «New report» (Ctrl+N) to start, or choose a report in the list on the left.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="97" />
        <source>Xem trước / In PDF</source>
        <translation>Preview / Print PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="98" />
        <location filename="../desktop/ui/mainwindow.py" line="211" />
        <source>Xóa báo cáo</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="99" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="101" />
        <source>Mở tệp báo cáo (.json)…</source>
        <translation>Open report file (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="103" />
        <source>Mở báo cáo mẫu</source>
        <translation>Open sample report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="110" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="111" />
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="112" />
        <source>Đơn vị hành chính…</source>
        <translation>Administrative unit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="113" />
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="116" />
        <source>Công cụ</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="131" />
        <source>Kỳ {0}</source>
        <translation>Period {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="174" />
        <source>CHƯA LƯU ĐƯỢC: {0}</source>
        <translation>NOT SAVED: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="184" />
        <source>Loại báo cáo:</source>
        <translation>Report kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="194" />
        <source>Mở tệp báo cáo</source>
        <translation>Open report file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="195" />
        <source>Tệp báo cáo (*.json)</source>
        <translation>Report files (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="203" />
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="212" />
        <source>Xóa hẳn báo cáo «{0}»? Không thể hoàn tác.</source>
        <translation>Delete the report «{0}» for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="243" />
        <source>Không tạo được PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="265" />
        <source>Chưa chọn đơn vị hành chính</source>
        <translation>No administrative unit chosen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="270" />
        <source>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="278" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="279" />
        <source>Những thay đổi cuối chưa lưu được vào cơ sở dữ liệu. Vẫn thoát?</source>
        <translation>The last changes could not be saved to the database. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="59" />
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="60" />
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="61" />
        <source>Xóa mục</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="62" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="63" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="65" />
        <source>Chuyển mục lên trên (Ctrl+Up)</source>
        <translation>Move the section up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="66" />
        <source>Chuyển mục xuống dưới (Ctrl+Down)</source>
        <translation>Move the section down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="144" />
        <source>Chọn một mục để viết nội dung.</source>
        <translation>Choose a section to write its text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="150" />
        <source>Mỗi đoạn văn một dòng.</source>
        <translation>One paragraph per line.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="152" />
        <source>Nội dung mục {0} {1}</source>
        <translation>Text of section {0} {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="182" />
        <location filename="../desktop/ui/outlineeditor.py" line="188" />
        <location filename="../desktop/ui/outlineeditor.py" line="190" />
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../desktop/ui/preview.py" line="26" />
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="37" />
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="38" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="39" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="53" />
        <source>Lưu tệp PDF</source>
        <translation>Save PDF file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="54" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="60" />
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="61" />
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Cannot write the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="72" />
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="73" />
        <source>Không mở được máy in đã chọn.</source>
        <translation>Cannot open the chosen printer.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../desktop/ui/reportform.py" line="54" />
        <source>Thông tin văn bản</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="58" />
        <source>để trống khi chưa lấy số</source>
        <translation>leave blank until numbered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="66" />
        <source>Để trống ngày, tháng (ghi tay khi ký)</source>
        <translation>Leave day and month blank (filled in by hand when signed)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="72" />
        <source>Mỗi nơi một dòng; để trống nếu không có</source>
        <translation>One addressee per line; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="74" />
        <source>Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)</source>
        <translation>Taken from the chosen administrative unit (Settings → Administrative unit)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="77" />
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="78" />
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="79" />
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="80" />
        <source>Ngày ban hành:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="81" />
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="82" />
        <source>Trích yếu:</source>
        <translation>Subject (trích yếu):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="83" />
        <source>Kính gửi:</source>
        <translation>To (kính gửi):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="94" />
        <source>Nội dung báo cáo</source>
        <translation>Report content</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="102" />
        <source>Đoạn mở đầu:</source>
        <translation>Opening paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="104" />
        <source>Các mục (I., 1., a)):</source>
        <translation>Sections (I., 1., a)):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="106" />
        <source>Đoạn kết thúc:</source>
        <translation>Closing paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="112" />
        <source>Nơi nhận</source>
        <translation>Recipients (nơi nhận)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="116" />
        <source>Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ...</source>
        <translation>One recipient per line; the last: Lưu: VT, ...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="123" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="129" />
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="129" />
        <source>TM. (thay mặt)</source>
        <translation>TM. (on behalf of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="130" />
        <source>KT. (ký thay)</source>
        <translation>KT. (signing for)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="130" />
        <source>TL. (thừa lệnh)</source>
        <translation>TL. (by order of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="131" />
        <source>TUQ. (thừa ủy quyền)</source>
        <translation>TUQ. (by delegation of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="131" />
        <source>Q. (quyền)</source>
        <translation>Q. (acting)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="136" />
        <source>Mỗi dòng chức vụ một dòng</source>
        <translation>One line per title line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="138" />
        <source>Thẩm quyền:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="139" />
        <source>Thay mặt / ký thay cho:</source>
        <translation>On behalf of / for:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="140" />
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="141" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="30" />
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="36" />
        <source>Gõ tên để tìm trong cả nước, ví dụ: Trần Liễu</source>
        <translation>Type a name to search the whole country, e.g. Trần Liễu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="45" />
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="46" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="61" />
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="62" />
        <source>Tìm xã, phường:</source>
        <translation>Find commune or ward:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="64" />
        <source>Chọn đơn vị ban hành báo cáo theo danh mục đơn vị hành chính sau sắp xếp năm 2025.</source>
        <translation>Choose the unit that issues the reports, from the official list after the 2025 reorganisation.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="70" />
        <source>Địa danh ghi ở dòng ngày tháng:</source>
        <translation>Place name on the date line:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="124" />
        <source>Tên riêng</source>
        <translation>Proper name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="125" />
        <source>Tên đầy đủ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="128" />
        <source>«{0}» (như các báo cáo mẫu)</source>
        <translation>«{0}» (as in the sample reports)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="129" />
        <source>«{0}» (cách viết đầy đủ)</source>
        <translation>«{0}» (written in full)</translation>
    </message>
</context>
</TS>