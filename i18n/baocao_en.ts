<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="58"/>
        <source>Sao lưu / Khôi phục</source>
        <translation>Backup / Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="62"/>
        <source>Thời điểm</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="62"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="62"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="63"/>
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="64"/>
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="65"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="78"/>
        <source>Phần mềm tự sao lưu dữ liệu khi mở và mỗi ngày một lần, giữ {0} bản mới nhất, trong thư mục:
{1}</source>
        <translation>The app backs up the data when it starts and once a day, keeping the newest {0}, in the folder:
{1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="87"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="105"/>
        <source>Chưa có bản sao lưu nào. Bản tự động đầu tiên được tạo khi mở lại phần mềm (hoặc sau một giờ); muốn có ngay thì bấm «Sao lưu ngay…».</source>
        <translation>No backup yet. The first automatic one is made when the app is opened again (or within an hour); to have one now, press «Back up now…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="111"/>
        <source>tự động</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="111"/>
        <source>dữ liệu trước khi khôi phục</source>
        <translation>data before a restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="121"/>
        <source>Cửa sổ này chỉ để xem: hãy khôi phục ở cửa sổ baocao đang mở cơ sở dữ liệu này.</source>
        <translation>This window can only show: restore in the baocao window that has this database open.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="132"/>
        <source>Sao lưu ra tệp</source>
        <translation>Back up to a file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="133"/>
        <source>Cơ sở dữ liệu baocao (*.sqlite)</source>
        <translation>baocao database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="144"/>
        <source>Đã sao lưu vào {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="150"/>
        <source>Khôi phục từ tệp sao lưu</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="151"/>
        <source>Cơ sở dữ liệu baocao (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>baocao database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="162"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore the data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="163"/>
        <source>Khôi phục dữ liệu từ bản sao lưu {0}?

Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi thay, phần mềm giữ một bản sao của dữ liệu hiện tại trong thư mục sao lưu, để có thể khôi phục lại nếu chọn nhầm.</source>
        <translation>Restore the data from the backup {0}?

All the current data will be replaced by the data of this backup. Before replacing them, the app keeps a copy of the current data in the backups folder, so that a wrong choice can be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="168"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="169"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="189"/>
        <source>Đã khôi phục dữ liệu từ {0}. Dữ liệu trước đó được giữ ở {1}.</source>
        <translation>Restored the data from {0}. The data before are kept in {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="190"/>
        <source>Đã khôi phục dữ liệu từ {0}.</source>
        <translation>Restored the data from {0}.</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="130"/>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="130"/>
        <source>Giá trị đã nhận</source>
        <translation>Value received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="130"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="94"/>
        <source>Tình hình nộp báo cáo</source>
        <translation>Who has reported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="114"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="114"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="114"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="114"/>
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="115"/>
        <source>Xuất tệp lúc</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="115"/>
        <source>Nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="128"/>
        <source>Loại báo cáo:</source>
        <translation>Report kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="128"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="129"/>
        <source>Hạn nộp:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="132"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="133"/>
        <source>Chép danh sách chưa nộp</source>
        <translation>Copy the list of missing units</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="134"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="217"/>
        <source>{0} đơn vị: {1} đã nhận, {2} nộp muộn, {3} chưa nộp.</source>
        <translation>{0} units: {1} received, {2} late, {3} missing.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="236"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="237"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="247"/>
        <source>Không ghi được tệp</source>
        <translation>Cannot write the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="249"/>
        <source>Đã xuất ra {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="256"/>
        <source>Đã chép danh sách {0} đơn vị chưa nộp; dán vào tin nhắn hay công văn nhắc nộp.</source>
        <translation>Copied the list of the {0} units that have not reported; paste it into a reminder message or letter.</translation>
    </message>
</context>
<context>
    <name>ConsolidationView</name>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="87"/>
        <source>Tổng hợp báo cáo</source>
        <translation>Consolidate reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="121"/>
        <source>Tổng hợp</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="126"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="128"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="129"/>
        <source>Xem trước PDF…</source>
        <translation>Preview PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="130"/>
        <source>Tạo báo cáo tổng hợp</source>
        <translation>Create the consolidated report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="131"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="137"/>
        <source>Loại báo cáo:</source>
        <translation>Report kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="137"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="164"/>
        <source>{0} — đã nhận {1} báo cáo</source>
        <translation>{0} — {1} reports received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="173"/>
        <source>Chọn loại báo cáo và kỳ, rồi bấm «Tổng hợp» để cộng số liệu các báo cáo đã nhận.</source>
        <translation>Choose the report kind and the period, then press «Consolidate» to add up the figures of the reports received.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="206"/>
        <source>Đang đọc báo cáo của {0}…</source>
        <translation>Reading the report of {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="207"/>
        <source>Đang cộng số liệu…</source>
        <translation>Adding up the figures…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="223"/>
        <source>Đã dừng tổng hợp.</source>
        <translation>Consolidation stopped.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="226"/>
        <source>Không tổng hợp được: {0}</source>
        <translation>Cannot consolidate: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="329"/>
        <source>số {0}</source>
        <translation>no. {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="329"/>
        <source>bản nháp, chưa có số</source>
        <translation>a draft, not numbered yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="332"/>
        <source>Đã có báo cáo tổng hợp</source>
        <translation>A consolidated report exists</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="333"/>
        <source>Đã có báo cáo tổng hợp «{0}» kỳ {1} ({2}). Tạo thêm một bản nữa?

Chọn «Không» để mở báo cáo đã có.</source>
        <translation>There is already a consolidated report «{0}» for {1} ({2}). Create another one?

Choose «No» to open the existing one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="244"/>
        <source>Chưa nhận báo cáo nào của loại và kỳ này: chưa có gì để tổng hợp.</source>
        <translation>No report of this kind and period has been received: there is nothing to consolidate.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="245"/>
        <source>Đã cộng số liệu của {0} báo cáo đã nhận. Chọn một dòng để xem số liệu của từng đơn vị; «Tạo báo cáo tổng hợp» lưu báo cáo để viết tiếp, hoàn tất và gửi đi.</source>
        <translation>The figures of {0} reports received are added up. Select a row to see each unit&apos;s figures; «Create the consolidated report» saves the report, to write the rest, finalise and send it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="249"/>
        <source>{0} ô không phải số nên không được cộng (xem thẻ «Số liệu chưa cộng được»).</source>
        <translation>{0} cells are not numbers and were not added up (see the tab «Figures not added up»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="264"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="265"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="281"/>
        <source>Không ghi được tệp</source>
        <translation>Cannot write the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="284"/>
        <source>Đã xuất ra {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="301"/>
        <source>Không tạo được PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="321"/>
        <source>Chưa tạo được báo cáo</source>
        <translation>The report could not be created</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="154"/>
        <source>Đăng ký khóa ký của đơn vị</source>
        <translation>Enrol a unit&apos;s signing key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="155"/>
        <source>Dấu vân tay khóa ký trong tệp của {0}:</source>
        <translation>Fingerprint of the signing key in the file of {0}:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="159"/>
        <source>Hãy gọi điện cho cán bộ của {0} (số điện thoại đã biết, không dùng số ghi trong tệp hay thư gửi kèm), nhờ họ mở Cài đặt → Phạm vi sử dụng và đọc dấu vân tay của máy họ. Chỉ đăng ký khi từng ký tự trùng khớp; nếu khác, tệp không phải do đơn vị gửi.</source>
        <translation>Phone the clerk of {0} (on a number you already know, not one given in the file or its covering message), ask them to open Settings → Scope and read their computer&apos;s fingerprint. Enrol only when every character matches; if it differs, the file was not sent by the unit.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="164"/>
        <source>Tôi đã gọi điện đối chiếu: dãy đơn vị đọc trùng khớp với dãy trên</source>
        <translation>I phoned and compared: the characters the unit read match the ones above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="167"/>
        <source>Đăng ký khóa</source>
        <translation>Enrol the key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="169"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="20"/>
        <source>Xuất tệp gửi cấp trên</source>
        <translation>Export the file for the level above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="21"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="41"/>
        <source>Không xuất được tệp</source>
        <translation>Cannot export the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="46"/>
        <source>Đã xuất bản {0} của báo cáo ra tệp {1}; báo cáo được đánh dấu đã gửi.</source>
        <translation>Exported version {0} of the report to {1}; the report is marked sent.</translation>
    </message>
</context>
<context>
    <name>FiguresTabs</name>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="89"/>
        <source>Số liệu chưa cộng được ({0})</source>
        <translation>Figures not added up ({0})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="59"/>
        <source>Nhận báo cáo</source>
        <translation>Receive reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="70"/>
        <source>Chọn các tệp .xlsx do các đơn vị gửi lên, hoặc kéo thả tệp, thư mục vào đây. Phần mềm kiểm tra từng tệp trước; chưa lưu gì cho đến khi bấm «Nhận … tệp».</source>
        <translation>Choose the .xlsx files the units sent, or drop files and folders here. Every file is checked first; nothing is stored until you press «Import … files».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="73"/>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="74"/>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="83"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="112"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="121"/>
        <source>Đăng ký khóa…</source>
        <translation>Enrol the key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="140"/>
        <source>Chọn tệp báo cáo các đơn vị gửi</source>
        <translation>Choose the report files the units sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="141"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="145"/>
        <source>Chọn thư mục chứa tệp báo cáo</source>
        <translation>Choose the folder holding the report files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="202"/>
        <source>Đang kiểm tra {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="202"/>
        <source>Đang nhận {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="221"/>
        <source>Đã nhận {0} tệp; {1} tệp không nhận (xem cột «Kết quả»).</source>
        <translation>Imported {0} file(s); {1} file(s) not imported (see the «Outcome» column).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="226"/>
        <source>Đã dừng kiểm tra. Chưa nhận tệp nào.</source>
        <translation>Checking stopped. No file was imported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="228"/>
        <source>Đã hủy: chưa nhận tệp nào. Có thể bấm «Nhận … tệp» lại.</source>
        <translation>Cancelled: no file was imported. You can press «Import … files» again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="231"/>
        <source>Không làm tiếp được: {0}. Chưa nhận tệp nào.</source>
        <translation>Cannot go on: {0}. No file was imported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="235"/>
        <source>Không tìm thấy tệp .xlsx nào.</source>
        <translation>No .xlsx file found.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="238"/>
        <source>{0} tệp: {1} mới, {2} thay bản cũ, {3} không đổi, {4} từ chối. Chưa lưu gì.</source>
        <translation>{0} file(s): {1} new, {2} replacing, {3} unchanged, {4} rejected. Nothing stored yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="254"/>
        <source>Nhận {0} tệp</source>
        <translation>Import {0} file(s)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="270"/>
        <source>Chọn một dòng để xem chi tiết.</source>
        <translation>Select a row to see the details.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="272"/>
        <source>Bản {0} khác bản đã nhận ở {1} mục:</source>
        <translation>Version {0} differs from the version received in {1} item(s):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importdialog.py" line="295"/>
        <source>Chưa đăng ký được khóa</source>
        <translation>The key is not enrolled</translation>
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
        <location filename="../desktop/ui/mainwindow.py" line="278"/>
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="437"/>
        <source>Báo cáo xã, phường</source>
        <translation>Commune reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="83"/>
        <location filename="../desktop/ui/mainwindow.py" line="123"/>
        <location filename="../desktop/ui/mainwindow.py" line="292"/>
        <source>Báo cáo mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="89"/>
        <source>Chưa mở báo cáo nào.

Bấm «Báo cáo mới» (Ctrl+N) để bắt đầu, hoặc chọn một báo cáo trong danh sách bên trái.</source>
        <translation>No report is open.

Press «New report» (Ctrl+N) to start, or choose a report in the list on the left.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="104"/>
        <source>CHỈ XEM: một cửa sổ baocao khác đang mở cơ sở dữ liệu này, nên ở đây không sửa hay lưu được. Hãy sửa ở cửa sổ kia; bấm F5 để xem những gì cửa sổ kia vừa lưu, hoặc để sửa ở đây khi cửa sổ kia đã đóng.</source>
        <translation>VIEW ONLY: another baocao window has this database open, so nothing can be edited or saved here. Edit in the other window; press F5 to see what it has just saved, or to edit here once it has closed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="125"/>
        <source>Xem trước / In PDF</source>
        <translation>Preview / Print PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="126"/>
        <location filename="../desktop/ui/mainwindow.py" line="320"/>
        <source>Xóa báo cáo</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="127"/>
        <source>Hoàn tất báo cáo</source>
        <translation>Finalise report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="130"/>
        <source>Xuất tệp gửi cấp trên…</source>
        <translation>Export the file for the level above…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="143"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="140"/>
        <source>Mở tệp báo cáo (.json)…</source>
        <translation>Open report file (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="146"/>
        <source>Mở báo cáo mẫu</source>
        <translation>Open sample report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="158"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="162"/>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="163"/>
        <source>Kiểm tra lỗi</source>
        <translation>Check for problems</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="170"/>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="142"/>
        <source>Đơn vị hành chính…</source>
        <translation>Administrative unit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="128"/>
        <location filename="../desktop/ui/mainwindow.py" line="373"/>
        <source>Lập bản điều chỉnh</source>
        <translation>Make an amendment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="129"/>
        <source>Xuất tệp gửi đi (.json)…</source>
        <translation>Export the file to send (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="134"/>
        <source>Phiên bản và nhật ký thay đổi…</source>
        <translation>Versions and change log…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="135"/>
        <source>Lập báo cáo kỳ sau từ báo cáo này</source>
        <translation>Create the next period&apos;s report from this one</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="136"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="137"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="138"/>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="139"/>
        <source>Sao lưu / Khôi phục…</source>
        <translation>Back up / Restore…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="159"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="173"/>
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="176"/>
        <source>Công cụ</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="210"/>
        <source>Báo cáo đã gửi</source>
        <translation>The report has been sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="210"/>
        <source>Báo cáo đã hoàn tất</source>
        <translation>The report is final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="211"/>
        <source>{0}: nội dung đã khóa, chỉ xem. Muốn sửa, chọn Báo cáo → Lập bản điều chỉnh; bản đã ban hành vẫn được giữ.</source>
        <translation>{0}: its content is locked and only shown. To change it, choose Report → Make an amendment; the issued version is kept.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="282"/>
        <source>CHƯA LƯU ĐƯỢC: {0}</source>
        <translation>NOT SAVED: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="293"/>
        <source>Loại báo cáo:</source>
        <translation>Report kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="303"/>
        <source>Mở tệp báo cáo</source>
        <translation>Open report file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="304"/>
        <location filename="../desktop/ui/mainwindow.py" line="389"/>
        <source>Tệp báo cáo (*.json)</source>
        <translation>Report files (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="312"/>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="321"/>
        <source>Xóa hẳn báo cáo «{0}»? Không thể hoàn tác.</source>
        <translation>Delete the report «{0}» for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="328"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="359"/>
        <source>Chưa hoàn tất được</source>
        <translation>Cannot finalise yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="363"/>
        <source>Đã hoàn tất bản {0}; bản PDF ban hành đã được lưu. Muốn sửa thì lập bản điều chỉnh.</source>
        <translation>Version {0} is final; the issued PDF has been stored. To change it, make an amendment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="374"/>
        <source>Báo cáo trở lại bản nháp để sửa thành bản điều chỉnh. Bản đã ban hành vẫn được giữ nguyên và xem lại được trong «Phiên bản và nhật ký». Tiếp tục?</source>
        <translation>The report becomes a draft again, to be edited into an amendment. The issued version is kept unchanged and can be viewed under «Versions and change log». Continue?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="388"/>
        <source>Xuất tệp gửi đi</source>
        <translation>Export the file to send</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="395"/>
        <source>Không ghi được tệp</source>
        <translation>Cannot write the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="399"/>
        <source>Đã xuất tệp và đánh dấu báo cáo đã gửi.</source>
        <translation>File exported; the report is marked as sent.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="401"/>
        <source>Đã xuất tệp (bản nháp, chưa hoàn tất).</source>
        <translation>File exported (a draft, not final yet).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="438"/>
        <source>chỉ xem</source>
        <translation>read only</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="458"/>
        <source>Cửa sổ kia đã đóng: từ giờ sửa và lưu ở cửa sổ này.</source>
        <translation>The other window has closed: from now on, edit and save in this one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="498"/>
        <source>Đã khôi phục dữ liệu từ bản sao lưu.</source>
        <translation>The data have been restored from the backup.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="500"/>
        <source>Dữ liệu trước đó được giữ ở {0}</source>
        <translation>The data replaced are kept in {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="540"/>
        <source>Đã tạo báo cáo tổng hợp (bản nháp): viết thêm các phần còn lại, kiểm tra rồi hoàn tất.</source>
        <translation>The consolidated report is created (a draft): write the remaining parts, check it, then finalise it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="428"/>
        <source>Không lập được báo cáo kỳ sau</source>
        <translation>Cannot create the next period&apos;s report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="432"/>
        <source>Đã lập báo cáo {0} từ báo cáo kỳ trước.</source>
        <translation>Created the report for {0} from the previous period&apos;s.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="524"/>
        <source>Không tạo được PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="567"/>
        <source>Chưa chọn đơn vị hành chính</source>
        <translation>No administrative unit chosen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="573"/>
        <source>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="582"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="583"/>
        <source>Những thay đổi cuối chưa lưu được vào cơ sở dữ liệu. Vẫn thoát?</source>
        <translation>The last changes could not be saved to the database. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="352"/>
        <source>Báo cáo đã có</source>
        <translation>Report already in the list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="353"/>
        <source>Báo cáo này đã có trong danh sách ({0}). Mở báo cáo đã có hay thêm một bản mới?</source>
        <translation>This report is already in the list ({0}). Open the one in the list, or add a new copy?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="354"/>
        <source>Mở báo cáo đã có</source>
        <translation>Open the one in the list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="356"/>
        <source>Thêm bản mới</source>
        <translation>Add a new copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="357"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="1"/>
        <source>Lưu ngay</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="1"/>
        <source>Tìm trong báo cáo…</source>
        <translation>Find in the report…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="1"/>
        <source>Trợ giúp…</source>
        <translation>Help…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="1"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="1"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="1"/>
        <source>Chưa hoàn tất được: xem các mục cần sửa trong danh sách lỗi.</source>
        <translation>Not finalised yet: see what to fix in the list of issues.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="1"/>
        <source>Hoàn tất sẽ khóa nội dung báo cáo (số {0}, ngày {1}) và lưu bản PDF ban hành. Muốn sửa sau đó phải lập bản điều chỉnh. Tiếp tục?</source>
        <translation>Finalising locks the report's content (number {0}, dated {1}) and keeps the issued PDF. To change it afterwards you will have to make an amendment. Continue?</translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="60"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="60"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="60"/>
        <source>Loại báo cáo</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="60"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="61"/>
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="61"/>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="61"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="78"/>
        <source>Đã thay bản cũ</source>
        <translation>Replaced the old version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="78"/>
        <source>Thay bản cũ</source>
        <translation>Replaces the old</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="79"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="79"/>
        <source>Đã nhận</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="79"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="80"/>
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="87"/>
        <source>Đã nhận đúng bản này trước đây; không nhận lại.</source>
        <translation>This very version was received before; not imported again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="89"/>
        <source>{0} mục khác bản đã nhận (chọn dòng để xem).</source>
        <translation>{0} item(s) differ from the version received (select the row to see them).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="90"/>
        <source>Đã lưu.</source>
        <translation>Stored.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="90"/>
        <source>Chưa có báo cáo này của đơn vị.</source>
        <translation>The unit&apos;s first file of this report.</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="67"/>
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="68"/>
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="69"/>
        <source>Xóa mục</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="70"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="71"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="73"/>
        <source>Chuyển mục lên trên (Ctrl+Up)</source>
        <translation>Move the section up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="74"/>
        <source>Chuyển mục xuống dưới (Ctrl+Down)</source>
        <translation>Move the section down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="152"/>
        <source>Chọn một mục để viết nội dung.</source>
        <translation>Choose a section to write its text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="158"/>
        <source>Mỗi đoạn văn một dòng.</source>
        <translation>One paragraph per line.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="160"/>
        <source>Nội dung mục {0} {1}</source>
        <translation>Text of section {0} {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="204"/>
        <location filename="../desktop/ui/outlineeditor.py" line="210"/>
        <location filename="../desktop/ui/outlineeditor.py" line="212"/>
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="1"/>
        <source>Mục «{0} {1}» đã có nội dung. Xóa cả mục và nội dung? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Section «{0} {1}» already has text. Delete the section and its text? Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../desktop/ui/preview.py" line="40"/>
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="59"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="60"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="61"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="85"/>
        <source>Lưu tệp PDF</source>
        <translation>Save PDF file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="86"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="92"/>
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="93"/>
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Cannot write the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="130"/>
        <location filename="../desktop/ui/preview.py" line="142"/>
        <source>Đang in trang {0}/{1}…</source>
        <translation>Printing page {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="130"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="132"/>
        <source>In báo cáo</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="161"/>
        <source>Không mở được máy in đã chọn.</source>
        <translation>Cannot open the chosen printer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="163"/>
        <source>Việc in dừng lại ở trang {0}/{1}.</source>
        <translation>Printing stopped at page {0} of {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="166"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <location filename="../desktop/ui/receiving.py" line="35"/>
        <source>Nhận báo cáo…</source>
        <translation>Receive reports…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="36"/>
        <source>Tình hình nộp báo cáo…</source>
        <translation>Who has reported…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="37"/>
        <source>Tổng hợp báo cáo…</source>
        <translation>Consolidate reports…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="38"/>
        <source>Phạm vi sử dụng…</source>
        <translation>Scope…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="40"/>
        <source>&amp;Nhận báo cáo</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="98"/>
        <source>Đã mở báo cáo tổng hợp đã có; không tạo thêm bản mới.</source>
        <translation>Opened the existing consolidated report; no new one was created.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="123"/>
        <source>Máy này dùng cho {0}: nhận báo cáo của các xã, phường (menu «Nhận báo cáo»).</source>
        <translation>This copy serves {0}: it receives the communes&apos; reports (menu «Receive»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="126"/>
        <source>Máy này dùng cho cả nước: nhận báo cáo của các tỉnh, thành phố (menu «Nhận báo cáo»).</source>
        <translation>This copy serves the nation: it receives the provinces&apos; reports (menu «Receive»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="127"/>
        <source>Máy này dùng cho một xã, phường: lập báo cáo và gửi lên cấp trên.</source>
        <translation>This copy serves one commune: it makes reports and sends them to the level above.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="133"/>
        <source>{0} — nhận báo cáo của các xã, phường</source>
        <translation>{0} — receives the communes&apos; reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="135"/>
        <source>Cả nước — nhận báo cáo của các tỉnh, thành phố</source>
        <translation>The nation — receives the provinces&apos; reports</translation>
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
        <location filename="../desktop/ui/reportform.py" line="81"/>
        <source>Nội dung</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="82"/>
        <source>Nơi nhận, người ký</source>
        <translation>Recipients, signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="209"/>
        <source>để trống khi chưa lấy số</source>
        <translation>leave blank until numbered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="217"/>
        <source>Để trống ngày, tháng (ghi tay khi ký)</source>
        <translation>Leave day and month blank (filled in by hand when signed)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="225"/>
        <source>Bản in tự chia trích yếu thành các dòng dài gần bằng nhau. Muốn xuống dòng ở chỗ nào (để không tách đôi một tên riêng), bấm Enter ở chỗ đó.</source>
        <translation>The printout splits the subject line into lines of about equal length. To break the line at a given place (so as not to split a name), press Enter there.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="228"/>
        <source>Mỗi nơi một dòng; để trống nếu không có</source>
        <translation>One addressee per line; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="230"/>
        <source>Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)</source>
        <translation>Taken from the chosen administrative unit (Settings → Administrative unit)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="233"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="234"/>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="235"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="236"/>
        <source>Ngày ban hành:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="237"/>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="238"/>
        <source>Trích yếu:</source>
        <translation>Subject (trích yếu):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="239"/>
        <source>Kính gửi:</source>
        <translation>To (kính gửi):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="241"/>
        <source>Mỗi căn cứ một dòng: Căn cứ …; để trống nếu không có</source>
        <translation>One legal basis per line: Căn cứ …; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="242"/>
        <source>Căn cứ:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="273"/>
        <source>Đoạn mở đầu:</source>
        <translation>Opening paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="275"/>
        <source>Các mục (I., 1., a)):</source>
        <translation>Sections (I., 1., a)):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="277"/>
        <source>Đoạn kết thúc:</source>
        <translation>Closing paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="280"/>
        <source>Mỗi chú thích một dòng; dòng thứ n ứng với dấu [^n] trong bài</source>
        <translation>One footnote per line; line n is the note of the mark [^n] in the text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="281"/>
        <source>Chú thích cuối trang:</source>
        <translation>Footnotes:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="308"/>
        <source>Nơi nhận</source>
        <translation>Recipients (nơi nhận)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="312"/>
        <source>Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ...</source>
        <translation>One recipient per line; the last: Lưu: VT, ...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="319"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="325"/>
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="325"/>
        <source>TM. (thay mặt)</source>
        <translation>TM. (on behalf of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="326"/>
        <source>KT. (ký thay)</source>
        <translation>KT. (signing for)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="326"/>
        <source>TL. (thừa lệnh)</source>
        <translation>TL. (by order of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="327"/>
        <source>TUQ. (thừa ủy quyền)</source>
        <translation>TUQ. (by delegation of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="327"/>
        <source>Q. (quyền)</source>
        <translation>Q. (acting)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="328"/>
        <source>T/M (thay mặt, văn bản của Đảng)</source>
        <translation>T/M (on behalf of, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="328"/>
        <source>K/T (ký thay, văn bản của Đảng)</source>
        <translation>K/T (signing for, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="329"/>
        <source>T/L (thừa lệnh, văn bản của Đảng)</source>
        <translation>T/L (by order of, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="334"/>
        <source>Mỗi dòng chức vụ một dòng</source>
        <translation>One line per title line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="336"/>
        <source>Thẩm quyền:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="337"/>
        <source>Thay mặt / ký thay cho:</source>
        <translation>On behalf of / for:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="338"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="339"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="1"/>
        <source>Chưa hoàn tất được: hãy sửa {0} mục dưới đây (bấm đúp để đến chỗ cần sửa), rồi chọn lại Hoàn tất.</source>
        <translation>Not finalised yet: fix the {0} items below (double-click one to go to it), then choose Finalise again.</translation>
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
    <name>ScopeDialog</name>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="40"/>
        <source>Phạm vi sử dụng</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="41"/>
        <source>Một xã, phường, đặc khu: lập báo cáo và gửi lên cấp trên</source>
        <translation>One commune: makes reports and sends them to the level above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="42"/>
        <source>Một tỉnh, thành phố: nhận báo cáo của các xã, phường, xem đơn vị nào đã nộp</source>
        <translation>One province: receives the communes&apos; reports and sees who has reported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="44"/>
        <source>Cả nước: nhận báo cáo của các tỉnh, thành phố</source>
        <translation>The nation: receives the provinces&apos; reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="58"/>
        <source>Máy này dùng cho</source>
        <translation>This copy serves</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="69"/>
        <source>Dấu vân tay khóa ký của máy này</source>
        <translation>Fingerprint of this computer&apos;s signing key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="70"/>
        <source>(chưa có: cửa sổ này chỉ để xem)</source>
        <translation>(none yet: this window is read-only)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="73"/>
        <source>Mọi tệp gửi lên cấp trên đều được ký bằng khóa của máy này. Lần gửi đầu tiên, hãy gọi điện cho cán bộ nhận báo cáo ở cấp trên và đọc dãy ký tự trên (chữ số 0-9 và chữ cái A-F) để họ đối chiếu rồi đăng ký khóa. Không gửi dãy này qua thư điện tử hay tin nhắn.</source>
        <translation>Every file sent to the level above is signed with this computer&apos;s key. The first time you send, phone the officer who receives the reports and read out the characters above (digits 0-9 and letters A-F) so that they can compare them and enrol the key. Do not send them by e-mail or text message.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="85"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="86"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="162"/>
        <source>Giá trị không nhận được</source>
        <translation>Value not taken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="182"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="183"/>
        <source>Thêm một dòng dưới dòng đang chọn (Ctrl+Insert)</source>
        <translation>Add a row below the selected one (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="186"/>
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="187"/>
        <source>Thêm một dòng nhóm (I, II, …) in đậm</source>
        <translation>Add a group row (I, II, …) in bold</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="189"/>
        <source>Xóa dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="190"/>
        <source>Xóa dòng đang chọn (Ctrl+Delete)</source>
        <translation>Remove the selected row (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="1"/>
        <source>Dòng «{0}» có sẵn trong mẫu báo cáo (cấp trên tổng hợp theo dòng này). Vẫn xóa? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>The row «{0}» comes with the report template (the level above adds it up). Delete it anyway? Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="128"/>
        <source>Giải trình: </source>
        <translation>Explanation: </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tablemodel.py" line="169"/>
        <source>%n ô không dán được, các ô đó giữ giá trị cũ. Ô đầu tiên, {0}: {1}.</source>
        <translation>
            <numerusform>%n cell could not be pasted and keeps its old value: {0}: {1}.</numerusform>
            <numerusform>%n cells could not be pasted and keep their old values. The first, {0}: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="145"/>
        <source>Chưa nhận {0}: {1}. Ô vẫn giữ giá trị cũ; hãy gõ lại.</source>
        <translation>Not taken, {0}: {1}. The cell keeps its old value; type it again.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="105"/>
        <source>Chưa triển khai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="106"/>
        <source>Đang thực hiện trong hạn</source>
        <translation>Under way, on time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="107"/>
        <source>Đang thực hiện quá hạn</source>
        <translation>Under way, overdue</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="108"/>
        <source>Hoàn thành đúng hạn</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="109"/>
        <source>Hoàn thành quá hạn</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="109"/>
        <source>Chưa điền</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="133"/>
        <source>Cách tổng hợp</source>
        <translation>Consolidated as</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="133"/>
        <location filename="../desktop/ui/consolidatedfigures.py" line="181"/>
        <source>Tỷ lệ</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="135"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="135"/>
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="134"/>
        <source>Đơn vị có số liệu</source>
        <translation>Units with figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="134"/>
        <source>Chưa có</source>
        <translation>Without figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="151"/>
        <source>Cộng</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="151"/>
        <source>Tỷ lệ của tổng</source>
        <translation>Ratio of the sums</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="151"/>
        <source>Không cộng</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="152"/>
        <source>Đếm</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="181"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="182"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="207"/>
        <source>Chọn một dòng để xem số liệu của từng đơn vị.</source>
        <translation>Select a row to see each unit&apos;s figures.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="208"/>
        <source>«{0}»: {1} đơn vị có số liệu.</source>
        <translation>«{0}»: {1} units with figures.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="213"/>
        <source>Chưa có số liệu ({0}): {1}.</source>
        <translation>No figures yet ({0}): {1}.</translation>
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
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="38"/>
        <source>Chọn tỉnh, thành phố</source>
        <translation>Choose a province or city</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="76"/>
        <source>Phiên bản và nhật ký thay đổi</source>
        <translation>Versions and change log</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="79"/>
        <source>Các bản đã ban hành</source>
        <translation>Issued versions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="80"/>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="82"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="89"/>
        <source>đã hoàn tất</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="89"/>
        <source>đã gửi</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="91"/>
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="91"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="91"/>
        <source>Hoàn tất lúc</source>
        <translation>Finalised at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="92"/>
        <source>Gửi lúc</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="92"/>
        <source>Mã kiểm tra SHA-256 của PDF</source>
        <translation>SHA-256 of the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="93"/>
        <source>{0} (điều chỉnh)</source>
        <translation>{0} (amendment)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="97"/>
        <source>Lưu PDF đã ban hành…</source>
        <translation>Save the issued PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="99"/>
        <source>So sánh với bản hiện tại</source>
        <translation>Compare with the current one</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="101"/>
        <location filename="../desktop/ui/versionsdialog.py" line="123"/>
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="101"/>
        <location filename="../desktop/ui/versionsdialog.py" line="123"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="101"/>
        <location filename="../desktop/ui/versionsdialog.py" line="123"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="102"/>
        <source>Chọn một bản rồi bấm «So sánh» để xem những gì đã thay đổi.</source>
        <translation>Choose a version, then press «Compare» to see what changed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="111"/>
        <source>Báo cáo này chưa được hoàn tất lần nào.</source>
        <translation>This report has never been finalised.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="123"/>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="124"/>
        <source>(xóa báo cáo)</source>
        <translation>(report deleted)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="132"/>
        <source>Mọi thay đổi đã lưu, mới nhất ở trên.</source>
        <translation>Every saved change, newest first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="156"/>
        <source>Không so sánh được</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="158"/>
        <source>Bản {0} → bản hiện tại: {1} mục thay đổi.</source>
        <translation>Version {0} → current: {1} fields changed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="168"/>
        <source>Không mở được bản đã ban hành</source>
        <translation>Cannot open the issued version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="170"/>
        <source>Lưu PDF đã ban hành</source>
        <translation>Save the issued PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="172"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="1"/>
        <source>(xóa rồi hoàn tác)</source>
        <translation>(deleted, then undone)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../desktop/ui/worker.py" line="121"/>
        <source>Lỗi phần mềm khi đang làm việc: {0}</source>
        <translation>The app failed while working: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/ui/app.py" line="85"/>
        <source>Chưa tự động sao lưu được: {0}</source>
        <translation>The automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="150"/>
        <source>Một cửa sổ baocao khác đang mở cơ sở dữ liệu này:
{0}

Cửa sổ này chỉ để xem, không lưu được thay đổi. Hãy sửa báo cáo ở cửa sổ kia.</source>
        <translation>Another baocao window has this database open:
{0}

This window can only show the reports and cannot save changes. Edit the reports in the other window.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="16"/>
        <source>Phần mềm gặp lỗi và đã dừng việc vừa làm; những gì đã lưu vẫn còn nguyên. Chi tiết lỗi đã ghi vào tệp {0}: hãy gửi tệp này cho người hỗ trợ.</source>
        <translation>The app met an error and stopped what it was doing; everything saved is still there. The details were written to the file {0}: please send this file to whoever helps you.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="31"/>
        <source>Lỗi phần mềm</source>
        <translation>Software error</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../desktop/ui/editors.py" line="24"/>
        <source>Đã bỏ {0} ký tự điều khiển (không in được, thường đi theo khi dán từ nơi khác).</source>
        <translation>Left out {0} control character(s) (they cannot be printed; they often come with text pasted from elsewhere).</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Tìm trong báo cáo (không cần gõ dấu)</source>
        <translation>Find in the report (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Trước</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Chỗ tìm thấy trước (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Sau</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Chỗ tìm thấy sau (Enter, F3)</source>
        <translation>Next match (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Đóng thanh tìm kiếm (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Tìm:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>Không thấy</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="1"/>
        <source>{0}/{1}</source>
        <translation>{0}/{1}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Trợ giúp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Các bước lập một báo cáo</source>
        <translation>The steps of a report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Chọn đơn vị hành chính (Cài đặt → Đơn vị hành chính) một lần.</source>
        <translation>Choose your administrative unit once (Settings → Administrative unit).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Bấm «Báo cáo mới», chọn loại báo cáo; kỳ báo cáo chọn ở trang «Thông tin văn bản».</source>
        <translation>Press «New report» and choose the kind of report; choose the period on the «Document details» page.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Điền các trang: nội dung, nơi nhận, người ký và các phụ lục; thay mọi dấu «…» bằng nội dung thật. Mọi thay đổi được tự lưu.</source>
        <translation>Fill in the pages: the body, the recipients, the signer and the appendices; replace every «…» with the real text. Every change is saved automatically.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Xem danh sách lỗi và cảnh báo dưới biểu mẫu; bấm đúp một dòng để đến chỗ cần sửa. Cảnh báo có thể giải trình.</source>
        <translation>See the list of errors and warnings under the form; double-click a line to go where it needs fixing. A warning can be explained.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Khi đã có số và ngày ban hành: Báo cáo → Hoàn tất. Nội dung bị khóa; muốn sửa thì lập bản điều chỉnh.</source>
        <translation>Once it has its number and date of issue: Report → Finalise. The content is locked; to change it, make an amendment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Tệp → Xuất tệp gửi đi hoặc Xuất tệp gửi cấp trên.</source>
        <translation>File → Export the file to send, or Export for the level above.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Lập báo cáo mới</source>
        <translation>Create a new report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Mở tệp báo cáo (.json)</source>
        <translation>Open a report file (.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Lưu ngay (phần mềm vẫn tự lưu sau mỗi lần sửa)</source>
        <translation>Save now (the app also saves after every edit)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Hoàn tác / làm lại</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Tìm chữ trong báo cáo (Enter hoặc F3: chỗ tiếp theo)</source>
        <translation>Find words in the report (Enter or F3: the next match)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Kiểm tra lỗi</source>
        <translation>Check for errors</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Xem trước và in PDF</source>
        <translation>Preview and print the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Hoàn tất báo cáo (cần số và ngày ban hành)</source>
        <translation>Finalise the report (needs its number and date of issue)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Thêm / xóa dòng trong bảng</source>
        <translation>Add / delete a table row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Dán một vùng ô từ Excel vào bảng</source>
        <translation>Paste a block of cells from Excel into a table</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="1"/>
        <source>Trợ giúp này</source>
        <translation>This help</translation>
    </message>
</context>
</TS>
