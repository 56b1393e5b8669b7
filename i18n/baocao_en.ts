<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="57"/>
        <source>Sao lưu / Khôi phục</source>
        <translation>Backup / Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="61"/>
        <source>Thời điểm</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="61"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="61"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="62"/>
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="63"/>
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="64"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="77"/>
        <source>Phần mềm tự sao lưu dữ liệu khi mở và mỗi ngày một lần, giữ {0} bản mới nhất, trong thư mục:
{1}</source>
        <translation>The app backs up the data when it starts and once a day, keeping the newest {0}, in the folder:
{1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="86"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="104"/>
        <source>Chưa có bản sao lưu nào. Bản tự động đầu tiên được tạo khi mở lại phần mềm (hoặc sau một giờ); muốn có ngay thì bấm «Sao lưu ngay…».</source>
        <translation>No backup yet. The first automatic one is made when the app is opened again (or within an hour); to have one now, press «Back up now…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="110"/>
        <source>tự động</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="110"/>
        <source>dữ liệu trước khi khôi phục</source>
        <translation>data before a restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="120"/>
        <source>Cửa sổ này chỉ để xem: hãy khôi phục ở cửa sổ baocao đang mở cơ sở dữ liệu này.</source>
        <translation>This window can only show: restore in the baocao window that has this database open.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="131"/>
        <source>Sao lưu ra tệp</source>
        <translation>Back up to a file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="132"/>
        <source>Cơ sở dữ liệu baocao (*.sqlite)</source>
        <translation>baocao database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="143"/>
        <source>Đã sao lưu vào {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="149"/>
        <source>Khôi phục từ tệp sao lưu</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="150"/>
        <source>Cơ sở dữ liệu baocao (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>baocao database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="161"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore the data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="162"/>
        <source>Khôi phục dữ liệu từ bản sao lưu {0}?

Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi thay, phần mềm giữ một bản sao của dữ liệu hiện tại trong thư mục sao lưu, để có thể khôi phục lại nếu chọn nhầm.</source>
        <translation>Restore the data from the backup {0}?

All the current data will be replaced by the data of this backup. Before replacing them, the app keeps a copy of the current data in the backups folder, so that a wrong choice can be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="167"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="168"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="188"/>
        <source>Đã khôi phục dữ liệu từ {0}. Dữ liệu trước đó được giữ ở {1}.</source>
        <translation>Restored the data from {0}. The data before are kept in {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="189"/>
        <source>Đã khôi phục dữ liệu từ {0}.</source>
        <translation>Restored the data from {0}.</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="44"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="45"/>
        <source>Kiểm tra lại toàn bộ báo cáo (F7)</source>
        <translation>Check the whole report again (F7)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="47"/>
        <source>Giải trình…</source>
        <translation>Explain…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="48"/>
        <source>Ghi lý do cho cảnh báo đang chọn; lời giải trình được lưu cùng số liệu</source>
        <translation>Give the reason for the selected warning; the explanation is kept with the figure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="69"/>
        <source>Đã giải trình: </source>
        <translation>Explained: </translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="76"/>
        <source>Không có lỗi.</source>
        <translation>No problems.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/issuespanel.py" line="78"/>
        <source>%n lỗi</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/issuespanel.py" line="78"/>
        <source>%n cảnh báo</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="103"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="103"/>
        <source>Lý do (ngắn gọn):</source>
        <translation>Reason (short):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="263"/>
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="410"/>
        <source>Báo cáo xã, phường</source>
        <translation>Commune reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="77"/>
        <location filename="../desktop/ui/mainwindow.py" line="117"/>
        <location filename="../desktop/ui/mainwindow.py" line="277"/>
        <source>Báo cáo mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="83"/>
        <source>Chưa mở báo cáo nào.

Bấm «Báo cáo mới» (Ctrl+N) để bắt đầu, hoặc chọn một báo cáo trong danh sách bên trái.</source>
        <translation>No report is open.

Press «New report» (Ctrl+N) to start, or choose a report in the list on the left.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="98"/>
        <source>CHỈ XEM: một cửa sổ baocao khác đang mở cơ sở dữ liệu này, nên ở đây không sửa hay lưu được. Hãy sửa ở cửa sổ kia; bấm F5 để xem những gì cửa sổ kia vừa lưu, hoặc để sửa ở đây khi cửa sổ kia đã đóng.</source>
        <translation>VIEW ONLY: another baocao window has this database open, so nothing can be edited or saved here. Edit in the other window; press F5 to see what it has just saved, or to edit here once it has closed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="119"/>
        <source>Xem trước / In PDF</source>
        <translation>Preview / Print PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="120"/>
        <location filename="../desktop/ui/mainwindow.py" line="305"/>
        <source>Xóa báo cáo</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="121"/>
        <source>Hoàn tất báo cáo</source>
        <translation>Finalise report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="133"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="130"/>
        <source>Mở tệp báo cáo (.json)…</source>
        <translation>Open report file (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="136"/>
        <source>Mở báo cáo mẫu</source>
        <translation>Open sample report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="147"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="151"/>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="152"/>
        <source>Kiểm tra lỗi</source>
        <translation>Check for problems</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="158"/>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="132"/>
        <source>Đơn vị hành chính…</source>
        <translation>Administrative unit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="122"/>
        <location filename="../desktop/ui/mainwindow.py" line="358"/>
        <source>Lập bản điều chỉnh</source>
        <translation>Make an amendment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="123"/>
        <source>Xuất tệp gửi đi (.json)…</source>
        <translation>Export the file to send (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="124"/>
        <source>Phiên bản và nhật ký thay đổi…</source>
        <translation>Versions and change log…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="125"/>
        <source>Lập báo cáo kỳ sau từ báo cáo này</source>
        <translation>Create the next period&apos;s report from this one</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="126"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="127"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="128"/>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="129"/>
        <source>Sao lưu / Khôi phục…</source>
        <translation>Back up / Restore…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="148"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="160"/>
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="163"/>
        <source>Công cụ</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="195"/>
        <source>Báo cáo đã gửi</source>
        <translation>The report has been sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="195"/>
        <source>Báo cáo đã hoàn tất</source>
        <translation>The report is final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="196"/>
        <source>{0}: nội dung đã khóa, chỉ xem. Muốn sửa, chọn Báo cáo → Lập bản điều chỉnh; bản đã ban hành vẫn được giữ.</source>
        <translation>{0}: its content is locked and only shown. To change it, choose Report → Make an amendment; the issued version is kept.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="267"/>
        <source>CHƯA LƯU ĐƯỢC: {0}</source>
        <translation>NOT SAVED: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="278"/>
        <source>Loại báo cáo:</source>
        <translation>Report kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="288"/>
        <source>Mở tệp báo cáo</source>
        <translation>Open report file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="289"/>
        <location filename="../desktop/ui/mainwindow.py" line="374"/>
        <source>Tệp báo cáo (*.json)</source>
        <translation>Report files (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="297"/>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="306"/>
        <source>Xóa hẳn báo cáo «{0}»? Không thể hoàn tác.</source>
        <translation>Delete the report «{0}» for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="313"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="344"/>
        <source>Chưa hoàn tất được</source>
        <translation>Cannot finalise yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="348"/>
        <source>Đã hoàn tất bản {0}; bản PDF ban hành đã được lưu. Muốn sửa thì lập bản điều chỉnh.</source>
        <translation>Version {0} is final; the issued PDF has been stored. To change it, make an amendment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="359"/>
        <source>Báo cáo trở lại bản nháp để sửa thành bản điều chỉnh. Bản đã ban hành vẫn được giữ nguyên và xem lại được trong «Phiên bản và nhật ký». Tiếp tục?</source>
        <translation>The report becomes a draft again, to be edited into an amendment. The issued version is kept unchanged and can be viewed under «Versions and change log». Continue?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="373"/>
        <source>Xuất tệp gửi đi</source>
        <translation>Export the file to send</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="380"/>
        <source>Không ghi được tệp</source>
        <translation>Cannot write the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="384"/>
        <source>Đã xuất tệp và đánh dấu báo cáo đã gửi.</source>
        <translation>File exported; the report is marked as sent.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="386"/>
        <source>Đã xuất tệp (bản nháp, chưa hoàn tất).</source>
        <translation>File exported (a draft, not final yet).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="411"/>
        <source>chỉ xem</source>
        <translation>read only</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="431"/>
        <source>Cửa sổ kia đã đóng: từ giờ sửa và lưu ở cửa sổ này.</source>
        <translation>The other window has closed: from now on, edit and save in this one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="471"/>
        <source>Đã khôi phục dữ liệu từ bản sao lưu.</source>
        <translation>The data have been restored from the backup.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="473"/>
        <source>Dữ liệu trước đó được giữ ở {0}</source>
        <translation>The data replaced are kept in {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="401"/>
        <source>Không lập được báo cáo kỳ sau</source>
        <translation>Cannot create the next period&apos;s report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="405"/>
        <source>Đã lập báo cáo {0} từ báo cáo kỳ trước.</source>
        <translation>Created the report for {0} from the previous period&apos;s.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="497"/>
        <source>Không tạo được PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="519"/>
        <source>Chưa chọn đơn vị hành chính</source>
        <translation>No administrative unit chosen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="524"/>
        <source>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="532"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="533"/>
        <source>Những thay đổi cuối chưa lưu được vào cơ sở dữ liệu. Vẫn thoát?</source>
        <translation>The last changes could not be saved to the database. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="66"/>
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="67"/>
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="68"/>
        <source>Xóa mục</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="69"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="70"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="72"/>
        <source>Chuyển mục lên trên (Ctrl+Up)</source>
        <translation>Move the section up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="73"/>
        <source>Chuyển mục xuống dưới (Ctrl+Down)</source>
        <translation>Move the section down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="151"/>
        <source>Chọn một mục để viết nội dung.</source>
        <translation>Choose a section to write its text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="157"/>
        <source>Mỗi đoạn văn một dòng.</source>
        <translation>One paragraph per line.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="159"/>
        <source>Nội dung mục {0} {1}</source>
        <translation>Text of section {0} {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="200"/>
        <location filename="../desktop/ui/outlineeditor.py" line="206"/>
        <location filename="../desktop/ui/outlineeditor.py" line="208"/>
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../desktop/ui/preview.py" line="58"/>
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="77"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="78"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="79"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="103"/>
        <source>Lưu tệp PDF</source>
        <translation>Save PDF file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="104"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="110"/>
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="111"/>
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Cannot write the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="160"/>
        <source>Đang in trang {0}/{1}…</source>
        <translation>Printing page {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="148"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="150"/>
        <source>In báo cáo</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="179"/>
        <source>Không mở được máy in đã chọn.</source>
        <translation>Cannot open the chosen printer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="181"/>
        <source>Việc in dừng lại ở trang {0}/{1}.</source>
        <translation>Printing stopped at page {0} of {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="184"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../desktop/ui/reportform.py" line="79"/>
        <source>Thông tin văn bản</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="80"/>
        <source>Nội dung</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="81"/>
        <source>Nơi nhận, người ký</source>
        <translation>Recipients, signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="195"/>
        <source>để trống khi chưa lấy số</source>
        <translation>leave blank until numbered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="203"/>
        <source>Để trống ngày, tháng (ghi tay khi ký)</source>
        <translation>Leave day and month blank (filled in by hand when signed)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="211"/>
        <source>Bản in tự chia trích yếu thành các dòng dài gần bằng nhau. Muốn xuống dòng ở chỗ nào (để không tách đôi một tên riêng), bấm Enter ở chỗ đó.</source>
        <translation>The printout splits the subject line into lines of about equal length. To break the line at a given place (so as not to split a name), press Enter there.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="214"/>
        <source>Mỗi nơi một dòng; để trống nếu không có</source>
        <translation>One addressee per line; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="216"/>
        <source>Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)</source>
        <translation>Taken from the chosen administrative unit (Settings → Administrative unit)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="219"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="220"/>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="221"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="222"/>
        <source>Ngày ban hành:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="223"/>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="224"/>
        <source>Trích yếu:</source>
        <translation>Subject (trích yếu):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="225"/>
        <source>Kính gửi:</source>
        <translation>To (kính gửi):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="227"/>
        <source>Mỗi căn cứ một dòng: Căn cứ …; để trống nếu không có</source>
        <translation>One legal basis per line: Căn cứ …; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="228"/>
        <source>Căn cứ:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="259"/>
        <source>Đoạn mở đầu:</source>
        <translation>Opening paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="261"/>
        <source>Các mục (I., 1., a)):</source>
        <translation>Sections (I., 1., a)):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="263"/>
        <source>Đoạn kết thúc:</source>
        <translation>Closing paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="266"/>
        <source>Mỗi chú thích một dòng; dòng thứ n ứng với dấu [^n] trong bài</source>
        <translation>One footnote per line; line n is the note of the mark [^n] in the text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="267"/>
        <source>Chú thích cuối trang:</source>
        <translation>Footnotes:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="301"/>
        <source>Nơi nhận</source>
        <translation>Recipients (nơi nhận)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="305"/>
        <source>Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ...</source>
        <translation>One recipient per line; the last: Lưu: VT, ...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="312"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="318"/>
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="318"/>
        <source>TM. (thay mặt)</source>
        <translation>TM. (on behalf of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="319"/>
        <source>KT. (ký thay)</source>
        <translation>KT. (signing for)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="319"/>
        <source>TL. (thừa lệnh)</source>
        <translation>TL. (by order of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="320"/>
        <source>TUQ. (thừa ủy quyền)</source>
        <translation>TUQ. (by delegation of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="320"/>
        <source>Q. (quyền)</source>
        <translation>Q. (acting)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="321"/>
        <source>T/M (thay mặt, văn bản của Đảng)</source>
        <translation>T/M (on behalf of, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="321"/>
        <source>K/T (ký thay, văn bản của Đảng)</source>
        <translation>K/T (signing for, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="322"/>
        <source>T/L (thừa lệnh, văn bản của Đảng)</source>
        <translation>T/L (by order of, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="327"/>
        <source>Mỗi dòng chức vụ một dòng</source>
        <translation>One line per title line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="329"/>
        <source>Thẩm quyền:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="330"/>
        <source>Thay mặt / ký thay cho:</source>
        <translation>On behalf of / for:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="331"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="332"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
</context>
<context>
    <name>ReportList</name>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="45"/>
        <source>bản nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="45"/>
        <source>đã hoàn tất</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="46"/>
        <source>đã gửi</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="48"/>
        <source>bản điều chỉnh lần {0}, đang sửa</source>
        <translation>amendment {0}, being edited</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="163"/>
        <source>Giá trị không nhận được</source>
        <translation>Value not taken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="169"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="170"/>
        <source>Thêm một dòng dưới dòng đang chọn (Ctrl+Insert)</source>
        <translation>Add a row below the selected one (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="173"/>
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="174"/>
        <source>Thêm một dòng nhóm (I, II, …) in đậm</source>
        <translation>Add a group row (I, II, …) in bold</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="176"/>
        <source>Xóa dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="177"/>
        <source>Xóa dòng đang chọn (Ctrl+Delete)</source>
        <translation>Remove the selected row (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="120"/>
        <source>Giải trình: </source>
        <translation>Explanation: </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tablemodel.py" line="160"/>
        <source>%n ô không dán được, các ô đó giữ giá trị cũ. Ô đầu tiên, {0}: {1}.</source>
        <translation>
            <numerusform>%n cell could not be pasted and keeps its old value: {0}: {1}.</numerusform>
            <numerusform>%n cells could not be pasted and keep their old values. The first, {0}: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="141"/>
        <source>Chưa nhận {0}: {1}. Ô vẫn giữ giá trị cũ; hãy gõ lại.</source>
        <translation>Not taken, {0}: {1}. The cell keeps its old value; type it again.</translation>
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
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="74"/>
        <source>Phiên bản và nhật ký thay đổi</source>
        <translation>Versions and change log</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="77"/>
        <source>Các bản đã ban hành</source>
        <translation>Issued versions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="78"/>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="80"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="87"/>
        <source>đã hoàn tất</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="87"/>
        <source>đã gửi</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="89"/>
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="89"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="89"/>
        <source>Hoàn tất lúc</source>
        <translation>Finalised at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="90"/>
        <source>Gửi lúc</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="90"/>
        <source>Mã kiểm tra SHA-256 của PDF</source>
        <translation>SHA-256 of the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="91"/>
        <source>{0} (điều chỉnh)</source>
        <translation>{0} (amendment)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="95"/>
        <source>Lưu PDF đã ban hành…</source>
        <translation>Save the issued PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="97"/>
        <source>So sánh với bản hiện tại</source>
        <translation>Compare with the current one</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="99"/>
        <location filename="../desktop/ui/versionsdialog.py" line="121"/>
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="99"/>
        <location filename="../desktop/ui/versionsdialog.py" line="121"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="99"/>
        <location filename="../desktop/ui/versionsdialog.py" line="121"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="100"/>
        <source>Chọn một bản rồi bấm «So sánh» để xem những gì đã thay đổi.</source>
        <translation>Choose a version, then press «Compare» to see what changed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="109"/>
        <source>Báo cáo này chưa được hoàn tất lần nào.</source>
        <translation>This report has never been finalised.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="121"/>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="122"/>
        <source>(xóa báo cáo)</source>
        <translation>(report deleted)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="130"/>
        <source>Mọi thay đổi đã lưu, mới nhất ở trên.</source>
        <translation>Every saved change, newest first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="154"/>
        <source>Không so sánh được</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="156"/>
        <source>Bản {0} → bản hiện tại: {1} mục thay đổi.</source>
        <translation>Version {0} → current: {1} fields changed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="166"/>
        <source>Không mở được bản đã ban hành</source>
        <translation>Cannot open the issued version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="168"/>
        <source>Lưu PDF đã ban hành</source>
        <translation>Save the issued PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="169"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/ui/app.py" line="67"/>
        <source>Chưa tự động sao lưu được: {0}</source>
        <translation>The automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="128"/>
        <source>Một cửa sổ baocao khác đang mở cơ sở dữ liệu này:
{0}

Cửa sổ này chỉ để xem, không lưu được thay đổi. Hãy sửa báo cáo ở cửa sổ kia.</source>
        <translation>Another baocao window has this database open:
{0}

This window can only show the reports and cannot save changes. Edit the reports in the other window.</translation>
    </message>
</context>
</TS>
