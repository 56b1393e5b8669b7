<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="75" />
        <source>Sao lưu / Khôi phục</source>
        <translation>Backup / Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="79" />
        <source>Thời điểm</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="79" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="79" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="80" />
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="81" />
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="82" />
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="99" />
        <source>Phần mềm tự sao lưu dữ liệu khi mở và mỗi ngày một lần, giữ {0} bản mới nhất, trong thư mục:
{1}</source>
        <translation>The app backs up the data when it starts and once a day, keeping the newest {0}, in the folder:
{1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="112" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="131" />
        <source>Chưa có bản sao lưu nào. Bản tự động đầu tiên được tạo khi mở lại phần mềm (hoặc sau một giờ); muốn có ngay thì bấm «Sao lưu ngay…».</source>
        <translation>No backup yet. The first automatic one is made when the app is opened again (or within an hour); to have one now, press «Back up now…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="137" />
        <source>tự động</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="137" />
        <source>dữ liệu trước khi khôi phục</source>
        <translation>data before a restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="151" />
        <source>Cửa sổ này chỉ để xem: hãy khôi phục ở cửa sổ baocao đang mở cơ sở dữ liệu này.</source>
        <translation>This window can only show: restore in the baocao window that has this database open.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="177" />
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="179" />
        <source>Đang giữ bản sao dữ liệu hiện tại…</source>
        <translation>Keeping a copy of the current data…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="180" />
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="180" />
        <source>Đang đọc bản sao lưu…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="195" />
        <source>Đã hủy sao lưu; không ghi tệp nào.</source>
        <translation>Backup cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="197" />
        <source>Đã hủy khôi phục; dữ liệu hiện tại không thay đổi.</source>
        <translation>Restore cancelled; the current data are unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="213" />
        <source>Sao lưu ra tệp</source>
        <translation>Back up to a file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="214" />
        <source>Cơ sở dữ liệu baocao (*.sqlite)</source>
        <translation>baocao database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="228" />
        <source>Đã sao lưu vào {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="233" />
        <source>Khôi phục từ tệp sao lưu</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="234" />
        <source>Cơ sở dữ liệu baocao (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>baocao database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="245" />
        <source>Khôi phục dữ liệu</source>
        <translation>Restore the data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="246" />
        <source>Khôi phục dữ liệu từ bản sao lưu {0}?

Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi thay, phần mềm giữ một bản sao của dữ liệu hiện tại trong thư mục sao lưu, để có thể khôi phục lại nếu chọn nhầm.</source>
        <translation>Restore the data from the backup {0}?

All the current data will be replaced by the data of this backup. Before replacing them, the app keeps a copy of the current data in the backups folder, so that a wrong choice can be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="251" />
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="88" />
        <location filename="../desktop/ui/backupdialog.py" line="252" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="286" />
        <source>Đã khôi phục dữ liệu từ {0}. Dữ liệu trước đó được giữ ở {1}.</source>
        <translation>Restored the data from {0}. The data before are kept in {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="287" />
        <source>Đã khôi phục dữ liệu từ {0}.</source>
        <translation>Restored the data from {0}.</translation>
    </message>
</context>
<context>
    <name>BatchPdfDialog</name>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="51" />
        <source>Xuất PDF nhiều báo cáo</source>
        <translation>Export PDFs of several reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="61" />
        <source>Đánh dấu các báo cáo cần xuất PDF (mặc định: các báo cáo của kỳ gần nhất) và chọn thư mục. Tệp đã có trong thư mục không bị ghi đè: tệp mới được thêm « (2)» vào tên.</source>
        <translation>Tick the reports to export as PDF (by default those of the latest period) and choose a folder. Files already in the folder are not overwritten: the new file gets « (2)» added to its name.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="66" />
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="66" />
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="66" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="70" />
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="71" />
        <source>Bỏ chọn tất cả</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="76" />
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="82" />
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="92" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="100" />
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="111" />
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="114" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="145" />
        <source>bản điều chỉnh, đang sửa</source>
        <translation>amendment, being edited</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="146" />
        <source>bản nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="146" />
        <source>đã hoàn tất</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="147" />
        <source>đã gửi</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="166" />
        <source>Chọn thư mục ghi các tệp PDF</source>
        <translation>Choose the folder for the PDF files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="189" />
        <source>Đang xuất {0}/{1}: {2}</source>
        <translation>Exporting {0}/{1}: {2}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="195" />
        <source>Đã xuất {0} tệp PDF vào {1}.</source>
        <translation>{0} PDF files exported to {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="197" />
        <source>Không xuất được {0} báo cáo:</source>
        <translation>{0} reports could not be exported:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="203" />
        <source>Đã dừng. Các tệp PDF đã xuất xong vẫn còn trong thư mục; không có tệp dở dang.</source>
        <translation>Stopped. The PDF files already exported stay in the folder; no file is left half-written.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="207" />
        <source>Không xuất được: {0}</source>
        <translation>Could not export: {0}</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="138" />
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="138" />
        <source>Giá trị đã nhận</source>
        <translation>Value received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="138" />
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="141" />
        <source>Các giá trị khác bản đã nhận</source>
        <translation>Values that differ from the version received</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="82" />
        <source>Tình hình nộp báo cáo</source>
        <translation>Who has reported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="99" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="99" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="99" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="99" />
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="100" />
        <source>Xuất tệp lúc</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="100" />
        <source>Nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="101" />
        <source>Tình hình nộp báo cáo của từng đơn vị</source>
        <translation>Reporting status of each unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="113" />
        <source>&amp;Hạn nộp:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="114" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="115" />
        <source>Chép danh sách chưa nộp</source>
        <translation>Copy the list of missing units</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="184" />
        <source>{0} đơn vị: {1} đã nhận, {2} nộp muộn, {3} chưa nộp.</source>
        <translation>{0} units: {1} received, {2} late, {3} missing.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="203" />
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="204" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="214" />
        <source>Không ghi được tệp</source>
        <translation>Cannot write the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="216" />
        <source>Đã xuất ra {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="223" />
        <source>Đã chép danh sách {0} đơn vị chưa nộp; dán vào tin nhắn hay công văn nhắc nộp.</source>
        <translation>Copied the list of the {0} units that have not reported; paste it into a reminder message or letter.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="66" />
        <source>Tổng hợp báo cáo</source>
        <translation>Consolidate reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="81" />
        <source>Tổng hợp</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="85" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="87" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="88" />
        <source>Xem trước PDF…</source>
        <translation>Preview PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="89" />
        <source>Tạo báo cáo tổng hợp</source>
        <translation>Create the consolidated report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="120" />
        <source>Đã nhận thêm báo cáo sau lần tổng hợp trước: bấm «Tổng hợp» để cộng lại.</source>
        <translation>More reports were received since the last consolidation: press «Consolidate» to add them up again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="140" />
        <source>Chọn loại báo cáo và kỳ, rồi bấm «Tổng hợp» để cộng số liệu các báo cáo đã nhận.</source>
        <translation>Choose the report kind and the period, then press «Consolidate» to add up the figures of the reports received.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="162" />
        <source>Đang đọc báo cáo của {0}…</source>
        <translation>Reading the report of {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="163" />
        <source>Đang cộng số liệu…</source>
        <translation>Adding up the figures…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="178" />
        <source>Đã dừng tổng hợp.</source>
        <translation>Consolidation stopped.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="181" />
        <source>Không tổng hợp được: {0}</source>
        <translation>Cannot consolidate: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="199" />
        <source>Chưa nhận báo cáo nào của loại và kỳ này: chưa có gì để tổng hợp.</source>
        <translation>No report of this kind and period has been received: there is nothing to consolidate.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="200" />
        <source>Đã cộng số liệu của {0} báo cáo đã nhận. Chọn một dòng để xem số liệu của từng đơn vị; «Tạo báo cáo tổng hợp» lưu báo cáo để viết tiếp, hoàn tất và gửi đi.</source>
        <translation>The figures of {0} reports received are added up. Select a row to see each unit's figures; «Create the consolidated report» saves the report, to write the rest, finalise and send it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="204" />
        <source>{0} ô không phải số nên không được cộng (xem thẻ «Số liệu chưa cộng được»).</source>
        <translation>{0} cells are not numbers and were not added up (see the tab «Figures not added up»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="219" />
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="220" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="236" />
        <source>Không ghi được tệp</source>
        <translation>Cannot write the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="239" />
        <source>Đã xuất ra {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="256" />
        <source>Không tạo được PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="275" />
        <source>Chưa tạo được báo cáo</source>
        <translation>The report could not be created</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="282" />
        <source>số {0}</source>
        <translation>no. {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="282" />
        <source>bản nháp, chưa có số</source>
        <translation>a draft, not numbered yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="285" />
        <source>Đã có báo cáo tổng hợp</source>
        <translation>A consolidated report exists</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="286" />
        <source>Đã có báo cáo tổng hợp «{0}» kỳ {1} ({2}). Tạo thêm một bản nữa?

Chọn «Không» để mở báo cáo đã có.</source>
        <translation>There is already a consolidated report «{0}» for {1} ({2}). Create another one?

Choose «No» to open the existing one.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="135" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="141" />
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="143" />
        <source>Chưa có báo cáo nào của đơn vị. Hãy lập báo cáo mới (Tệp → Báo cáo mới, Ctrl+N) hoặc mở một báo cáo mẫu (Tệp → Mở báo cáo mẫu): tổng quan sẽ hiện ở đây.</source>
        <translation>The unit has no report yet. Create a new report (File → New report, Ctrl+N) or open a sample report (File → Open a sample report): the overview will appear here.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="147" />
        <source>Biểu đồ: kết quả mới nhất so với mục tiêu của các chỉ tiêu tỷ lệ</source>
        <translation>Chart: latest result against the targets of the ratio indicators</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="148" />
        <source>Biểu đồ: số nhiệm vụ theo tình trạng</source>
        <translation>Chart: number of tasks by status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="171" />
        <source>Chỉ tiêu tỷ lệ: kết quả mới nhất so với mục tiêu (%)</source>
        <translation>Ratio indicators: latest result against targets (%)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="172" />
        <source>Nhiệm vụ theo tình trạng</source>
        <translation>Tasks by status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="173" />
        <source>Chỉ tiêu (chọn dòng để xem trên biểu đồ)</source>
        <translation>Indicators (select a row to see it on the chart)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="174" />
        <source>Hạn sắp tới</source>
        <translation>Upcoming deadlines</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="227" />
        <source>{0} — số liệu đến ngày {1}</source>
        <translation>{0} — figures as of {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="249" />
        <source>Chưa có chỉ tiêu tỷ lệ nào vừa có kết quả vừa có mục tiêu. Chọn một dòng có kết quả tính theo % trong bảng để xem.</source>
        <translation>No ratio indicator has both a result and a target yet. Select a row with a result in % in the table to see it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="256" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="260" />
        <source>Mục tiêu {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="270" />
        <source>Chưa có báo cáo nào có danh sách nhiệm vụ (ví dụ Phụ lục nhiệm vụ của kế hoạch).</source>
        <translation>No report has a list of tasks yet (for example the tasks appendix of a plan).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="277" />
        <source>Số nhiệm vụ</source>
        <translation>Number of tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="284" />
        <source>{0} nhiệm vụ, theo {1}</source>
        <translation>{0} tasks, according to {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="296" />
        <source>Lưu tổng quan ra PDF</source>
        <translation>Save the overview as PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="297" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="306" />
        <source>Không lưu được tệp PDF</source>
        <translation>Could not save the PDF file</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <location filename="../desktop/ui/databasefile.py" line="38" />
        <source>Cửa sổ kia đã đóng: từ giờ sửa và lưu ở cửa sổ này.</source>
        <translation>The other window has closed: from now on, edit and save in this one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/databasefile.py" line="81" />
        <source>Đã khôi phục dữ liệu từ bản sao lưu.</source>
        <translation>The data have been restored from the backup.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/databasefile.py" line="83" />
        <source>Dữ liệu trước đó được giữ ở {0}</source>
        <translation>The data replaced are kept in {0}</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="81" />
        <source>Các hạn sắp tới</source>
        <translation>Upcoming deadlines</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="89" />
        <source>Không có hạn nào sắp tới.</source>
        <translation>No deadline coming up.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="211" />
        <source>Đăng ký khóa ký của đơn vị</source>
        <translation>Enrol a unit's signing key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="212" />
        <source>Dấu vân tay khóa ký trong tệp của {0}:</source>
        <translation>Fingerprint of the signing key in the file of {0}:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="216" />
        <source>Hãy gọi điện cho cán bộ của {0} (số điện thoại đã biết, không dùng số ghi trong tệp hay thư gửi kèm), nhờ họ mở Cài đặt → Phạm vi sử dụng và đọc dấu vân tay của máy họ. Chỉ đăng ký khi từng ký tự trùng khớp; nếu khác, tệp không phải do đơn vị gửi.</source>
        <translation>Phone the clerk of {0} (on a number you already know, not one given in the file or its covering message), ask them to open Settings → Scope and read their computer's fingerprint. Enrol only when every character matches; if it differs, the file was not sent by the unit.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="221" />
        <source>Tôi đã gọi điện đối chiếu: dãy đơn vị đọc trùng khớp với dãy trên</source>
        <translation>I phoned and compared: the characters the unit read match the ones above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="224" />
        <source>Đăng ký khóa</source>
        <translation>Enrol the key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="226" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="20" />
        <source>Xuất tệp gửi cấp trên</source>
        <translation>Export the file for the level above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="21" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="41" />
        <source>Không xuất được tệp</source>
        <translation>Cannot export the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="46" />
        <source>Đã xuất bản {0} của báo cáo ra tệp {1}; báo cáo được đánh dấu đã gửi.</source>
        <translation>Exported version {0} of the report to {1}; the report is marked sent.</translation>
    </message>
</context>
<context>
    <name>FiguresTabs</name>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="97" />
        <source>Số liệu chưa cộng được ({0})</source>
        <translation>Figures not added up ({0})</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/ui/findbar.py" line="89" />
        <source>Tìm trong báo cáo (không cần gõ dấu)</source>
        <translation>Find in the report (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="90" />
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="95" />
        <source>Trước</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="96" />
        <source>Chỗ tìm thấy trước (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="98" />
        <source>Sau</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="99" />
        <source>Chỗ tìm thấy sau (Enter, F3)</source>
        <translation>Next match (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="101" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="102" />
        <source>Đóng thanh tìm kiếm (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="106" />
        <source>Tìm:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="132" />
        <source>Không thấy</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="136" />
        <source>{0}/{1}</source>
        <translation>{0}/{1}</translation>
    </message>
</context>
<context>
    <name>FormPages</name>
    <message>
        <location filename="../desktop/ui/formpages.py" line="75" />
        <source>để trống khi chưa lấy số</source>
        <translation>leave blank until numbered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="83" />
        <source>Để trống ngày, tháng (ghi tay khi ký)</source>
        <translation>Leave day and month blank (filled in by hand when signed)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="91" />
        <source>Bản in tự chia trích yếu thành các dòng dài gần bằng nhau. Muốn xuống dòng ở chỗ nào (để không tách đôi một tên riêng), bấm Enter ở chỗ đó.</source>
        <translation>The printout splits the subject line into lines of about equal length. To break the line at a given place (so as not to split a name), press Enter there.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="94" />
        <source>Mỗi nơi một dòng; để trống nếu không có</source>
        <translation>One addressee per line; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="97" />
        <source>Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)</source>
        <translation>Taken from the chosen administrative unit (Settings → Administrative unit)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="101" />
        <source>Mỗi căn cứ một dòng: Căn cứ …; để trống nếu không có</source>
        <translation>One legal basis per line: Căn cứ …; leave blank if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="103" />
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="104" />
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="105" />
        <source>Địa &amp;danh:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="106" />
        <source>Ngà&amp;y ban hành:</source>
        <translation>Date of &amp;issue:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="107" />
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="108" />
        <source>T&amp;rích yếu:</source>
        <translation>Subjec&amp;t:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="109" />
        <source>Kính gử&amp;i:</source>
        <translation>Addre&amp;ssed to:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="110" />
        <source>Căn cứ:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="153" />
        <source>Mỗi chú thích một dòng; dòng thứ n ứng với dấu [^n] trong bài</source>
        <translation>One footnote per line; line n is the note of the mark [^n] in the text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="154" />
        <source>Đ&amp;oạn mở đầu:</source>
        <translation>&amp;Opening paragraph:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="156" />
        <source>Các &amp;mục (I., 1., a)):</source>
        <translation>Sectio&amp;ns (I., 1., a)):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="158" />
        <source>Đoạn &amp;kết thúc:</source>
        <translation>Closing paragrap&amp;h:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="160" />
        <source>Chú t&amp;hích cuối trang:</source>
        <translation>Footno&amp;tes:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="189" />
        <source>Nơ&amp;i nhận</source>
        <translation>Rec&amp;ipients</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="193" />
        <source>Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ...</source>
        <translation>One recipient per line; the last: Lưu: VT, ...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="194" />
        <source>Nơi nhận</source>
        <translation>Recipients (nơi nhận)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="201" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="210" />
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="210" />
        <source>TM. (thay mặt)</source>
        <translation>TM. (on behalf of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="211" />
        <source>KT. (ký thay)</source>
        <translation>KT. (signing for)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="211" />
        <source>TL. (thừa lệnh)</source>
        <translation>TL. (by order of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="212" />
        <source>TUQ. (thừa ủy quyền)</source>
        <translation>TUQ. (by delegation of)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="212" />
        <source>Q. (quyền)</source>
        <translation>Q. (acting)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="213" />
        <source>T/M (thay mặt, văn bản của Đảng)</source>
        <translation>T/M (on behalf of, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="213" />
        <source>K/T (ký thay, văn bản của Đảng)</source>
        <translation>K/T (signing for, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="214" />
        <source>T/L (thừa lệnh, văn bản của Đảng)</source>
        <translation>T/L (by order of, Party documents)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="219" />
        <source>Mỗi dòng chức vụ một dòng</source>
        <translation>One line per title line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="221" />
        <source>Thẩm &amp;quyền:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="222" />
        <source>Th&amp;ay mặt / ký thay cho:</source>
        <translation>On behalf of / si&amp;gning for:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="223" />
        <source>Chức &amp;vụ:</source>
        <translation>Positi&amp;on:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="224" />
        <source>&amp;Họ và tên:</source>
        <translation>Full na&amp;me:</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="37" />
        <location filename="../desktop/ui/helpdialog.py" line="40" />
        <source>Trợ giúp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="43" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="52" />
        <source>Chọn đơn vị hành chính (Cài đặt → Đơn vị hành chính) một lần.</source>
        <translation>Choose your administrative unit once (Settings → Administrative unit).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="53" />
        <source>Bấm «Báo cáo mới», chọn loại báo cáo; kỳ báo cáo chọn ở trang «Thông tin văn bản».</source>
        <translation>Press «New report» and choose the kind of report; choose the period on the «Document details» page.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="54" />
        <source>Điền các trang: nội dung, nơi nhận, người ký và các phụ lục; thay mọi dấu «…» bằng nội dung thật. Mọi thay đổi được tự lưu.</source>
        <translation>Fill in the pages: the body, the recipients, the signer and the appendices; replace every «…» with the real text. Every change is saved automatically.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="56" />
        <source>Xem danh sách lỗi và cảnh báo dưới biểu mẫu; bấm đúp một dòng để đến chỗ cần sửa. Cảnh báo có thể giải trình.</source>
        <translation>See the list of errors and warnings under the form; double-click a line to go where it needs fixing. A warning can be explained.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="58" />
        <source>Khi đã có số và ngày ban hành: Báo cáo → Hoàn tất. Nội dung bị khóa; muốn sửa thì lập bản điều chỉnh.</source>
        <translation>Once it has its number and date of issue: Report → Finalise. The content is locked; to change it, make an amendment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="60" />
        <source>Tệp → Xuất tệp gửi đi hoặc Xuất tệp gửi cấp trên.</source>
        <translation>File → Export the file to send, or Export for the level above.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="10" />
        <source>Lập báo cáo mới</source>
        <translation>Create a new report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="11" />
        <source>Mở tệp báo cáo (.json)</source>
        <translation>Open a report file (.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="12" />
        <source>Lưu ngay (phần mềm vẫn tự lưu sau mỗi lần sửa)</source>
        <translation>Save now (the app also saves after every edit)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="13" />
        <source>Hoàn tác / làm lại</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="14" />
        <source>Tìm chữ trong báo cáo (Enter hoặc F3: chỗ tiếp theo)</source>
        <translation>Find words in the report (Enter or F3: the next match)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="15" />
        <source>Kiểm tra lỗi</source>
        <translation>Check for errors</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="16" />
        <source>Đến lỗi hoặc cảnh báo sau / trước</source>
        <translation>Go to the next / previous error or warning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="17" />
        <source>Sang trang sau / trang trước của báo cáo</source>
        <translation>Go to the next / previous page of the report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="18" />
        <source>Sang ô sau / ô trước</source>
        <translation>Go to the next / previous cell</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="19" />
        <source>Đến ô có nhãn gạch chân chữ đó (Alt+R: Trích yếu)</source>
        <translation>Go to the field whose label has that letter underlined (Alt+R: Subject)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="20" />
        <source>Xem trước và in PDF</source>
        <translation>Preview and print the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="21" />
        <source>Hoàn tất báo cáo (cần số và ngày ban hành)</source>
        <translation>Finalise the report (needs its number and date of issue)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="22" />
        <source>Thêm / xóa dòng trong bảng</source>
        <translation>Add / delete a table row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="23" />
        <source>Thêm dòng nhóm trong bảng; thêm mục con trong danh sách các mục</source>
        <translation>Add a group row in a table; add a subsection in the list of sections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="25" />
        <source>Sửa ô đang chọn trong bảng, hoặc tên mục đang chọn</source>
        <translation>Edit the selected cell of a table, or the name of the selected section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="26" />
        <source>Chuyển mục đang chọn lên / xuống</source>
        <translation>Move the selected section up / down</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="27" />
        <source>Dán một vùng ô từ Excel vào bảng</source>
        <translation>Paste a block of cells from Excel into a table</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="28" />
        <source>Trợ giúp này</source>
        <translation>This help</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../desktop/ui/importpage.py" line="53" />
        <location filename="../desktop/ui/importpage.py" line="194" />
        <source>Nhận báo cáo</source>
        <translation>Receive reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="74" />
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="75" />
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="98" />
        <location filename="../desktop/ui/importpage.py" line="193" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="127" />
        <source>Cửa sổ này chỉ xem: không nhận tệp được ở đây.</source>
        <translation>This window is read-only: files cannot be received here.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="128" />
        <source>Chọn các tệp .xlsx do các đơn vị gửi lên, hoặc kéo thả tệp, thư mục vào đây. Phần mềm kiểm tra từng tệp trước; chưa lưu gì cho đến khi bấm «Nhận … tệp».</source>
        <translation>Choose the .xlsx files the units sent, or drop files and folders here. Every file is checked first; nothing is stored until you press «Import … files».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="138" />
        <source>Chọn tệp báo cáo các đơn vị gửi</source>
        <translation>Choose the report files the units sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="139" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="143" />
        <source>Chọn thư mục chứa tệp báo cáo</source>
        <translation>Choose the folder holding the report files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="193" />
        <source>Đang nhận tệp…</source>
        <translation>Receiving files…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="203" />
        <source>Đang kiểm tra {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="203" />
        <source>Đang nhận {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="235" />
        <source>Đã nhận {0} tệp; {1} tệp không nhận (xem cột «Kết quả»).</source>
        <translation>Imported {0} file(s); {1} file(s) not imported (see the «Outcome» column).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="242" />
        <source>Đã dừng kiểm tra. Chưa nhận tệp nào.</source>
        <translation>Checking stopped. No file was imported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="244" />
        <source>Đã hủy: chưa nhận tệp nào. Có thể bấm «Nhận … tệp» lại.</source>
        <translation>Cancelled: no file was imported. You can press «Import … files» again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="247" />
        <source>Không làm tiếp được: {0}. Chưa nhận tệp nào.</source>
        <translation>Cannot go on: {0}. No file was imported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="251" />
        <source>Không tìm thấy tệp .xlsx nào.</source>
        <translation>No .xlsx file found.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="254" />
        <source>{0} tệp: {1} mới, {2} thay bản cũ, {3} không đổi, {4} từ chối. Chưa lưu gì.</source>
        <translation>{0} file(s): {1} new, {2} replacing, {3} unchanged, {4} rejected. Nothing stored yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="270" />
        <source>Nhận {0} tệp</source>
        <translation>Import {0} file(s)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="292" />
        <source>Chưa đăng ký được khóa</source>
        <translation>The key is not enrolled</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="30" />
        <source>Bảng chỉ tiêu: kết quả mới nhất, mục tiêu và đánh giá</source>
        <translation>Indicator table: latest result, targets and assessment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="38" />
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="38" />
        <source>Kết quả mới nhất</source>
        <translation>Latest result</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="38" />
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="39" />
        <source>Mục tiêu {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="39" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="58" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="46" />
        <source>Lỗi và cảnh báo của báo cáo</source>
        <translation>The report's errors and warnings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="47" />
        <source>Enter: đến chỗ cần sửa; F8, Shift+F8: lỗi sau, lỗi trước</source>
        <translation>Enter: go to what needs fixing; F8, Shift+F8: next, previous problem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="53" />
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="54" />
        <source>Kiểm tra lại toàn bộ báo cáo (F7)</source>
        <translation>Check the whole report again (F7)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="56" />
        <source>Giải trình…</source>
        <translation>Explain…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="57" />
        <source>Ghi lý do cho cảnh báo đang chọn; lời giải trình được lưu cùng số liệu</source>
        <translation>Give the reason for the selected warning; the explanation is kept with the figure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="85" />
        <source>Đã giải trình: </source>
        <translation>Explained: </translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="92" />
        <source>Không có lỗi.</source>
        <translation>No problems.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/issuespanel.py" line="94" />
        <source>%n lỗi</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/issuespanel.py" line="94" />
        <source>%n cảnh báo</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="131" />
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="131" />
        <source>Lý do (ngắn gọn):</source>
        <translation>Reason (short):</translation>
    </message>
</context>
<context>
    <name>KindPeriod</name>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="44" />
        <source>Loại báo cáo</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="48" />
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="52" />
        <source>&amp;Loại báo cáo:</source>
        <translation>Report &amp;kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="52" />
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="93" />
        <source>{0} — đã nhận {1} báo cáo</source>
        <translation>{0} — {1} reports received</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="364" />
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="466" />
        <source>Báo cáo xã, phường</source>
        <translation>Commune reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="94" />
        <location filename="../desktop/ui/mainwindow.py" line="142" />
        <source>Báo cáo mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="100" />
        <source>Chưa mở báo cáo nào.

Bấm «Báo cáo mới» (Ctrl+N) để bắt đầu, hoặc chọn một báo cáo trong danh sách bên trái.</source>
        <translation>No report is open.

Press «New report» (Ctrl+N) to start, or choose a report in the list on the left.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="123" />
        <source>CHỈ XEM: một cửa sổ baocao khác đang mở cơ sở dữ liệu này, nên ở đây không sửa hay lưu được. Hãy sửa ở cửa sổ kia; bấm F5 để xem những gì cửa sổ kia vừa lưu, hoặc để sửa ở đây khi cửa sổ kia đã đóng.</source>
        <translation>VIEW ONLY: another baocao window has this database open, so nothing can be edited or saved here. Edit in the other window; press F5 to see what it has just saved, or to edit here once it has closed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="144" />
        <source>Xem trước / In PDF</source>
        <translation>Preview / Print PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="149" />
        <location filename="../desktop/ui/mainwindow.py" line="396" />
        <source>Hoàn tất báo cáo</source>
        <translation>Finalise report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="152" />
        <source>Xuất tệp gửi cấp trên…</source>
        <translation>Export the file for the level above…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="168" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="165" />
        <source>Mở tệp báo cáo (.json)…</source>
        <translation>Open report file (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="171" />
        <source>Mở báo cáo mẫu</source>
        <translation>Open sample report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="187" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="194" />
        <source>&amp;Báo cáo</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="195" />
        <source>Kiểm tra lỗi</source>
        <translation>Check for problems</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="203" />
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="167" />
        <source>Đơn vị hành chính…</source>
        <translation>Administrative unit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="113" />
        <location filename="../desktop/ui/mainwindow.py" line="222" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="114" />
        <location filename="../desktop/ui/mainwindow.py" line="222" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="115" />
        <location filename="../desktop/ui/mainwindow.py" line="223" />
        <source>Nhận báo cáo</source>
        <translation>Receive reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="116" />
        <source>Tình hình nộp</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="117" />
        <source>Tổng hợp</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="145" />
        <source>Xuất PDF nhiều báo cáo…</source>
        <translation>Export PDFs of several reports…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="146" />
        <source>Nhân bản báo cáo</source>
        <translation>Duplicate report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="147" />
        <source>Xóa báo cáo…</source>
        <translation>Delete report…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="148" />
        <source>Thùng rác…</source>
        <translation>Trash…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="150" />
        <location filename="../desktop/ui/mainwindow.py" line="423" />
        <source>Lập bản điều chỉnh</source>
        <translation>Make an amendment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="151" />
        <source>Xuất tệp gửi đi (.json)…</source>
        <translation>Export the file to send (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="156" />
        <source>Phiên bản và nhật ký thay đổi…</source>
        <translation>Versions and change log…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="157" />
        <source>Lập báo cáo kỳ sau từ báo cáo này</source>
        <translation>Create the next period's report from this one</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="158" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="159" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="163" />
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="164" />
        <source>Sao lưu / Khôi phục…</source>
        <translation>Back up / Restore…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="188" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="206" />
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="210" />
        <source>Công cụ</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="219" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="223" />
        <source>Tình hình nộp báo cáo</source>
        <translation>Who has reported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="224" />
        <source>Tổng hợp báo cáo</source>
        <translation>Consolidate reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="276" />
        <source>Báo cáo đã gửi</source>
        <translation>The report has been sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="276" />
        <source>Báo cáo đã hoàn tất</source>
        <translation>The report is final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="277" />
        <source>{0}: nội dung đã khóa, chỉ xem. Muốn sửa, chọn Báo cáo → Lập bản điều chỉnh; bản đã ban hành vẫn được giữ.</source>
        <translation>{0}: its content is locked and only shown. To change it, choose Report → Make an amendment; the issued version is kept.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="368" />
        <source>CHƯA LƯU ĐƯỢC: {0}</source>
        <translation>NOT SAVED: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="409" />
        <source>Chưa hoàn tất được</source>
        <translation>Cannot finalise yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="413" />
        <source>Đã hoàn tất bản {0}; bản PDF ban hành đã được lưu. Muốn sửa thì lập bản điều chỉnh.</source>
        <translation>Version {0} is final; the issued PDF has been stored. To change it, make an amendment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="424" />
        <source>Báo cáo trở lại bản nháp để sửa thành bản điều chỉnh. Bản đã ban hành vẫn được giữ nguyên và xem lại được trong «Phiên bản và nhật ký». Tiếp tục?</source>
        <translation>The report becomes a draft again, to be edited into an amendment. The issued version is kept unchanged and can be viewed under «Versions and change log». Continue?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="467" />
        <source>chỉ xem</source>
        <translation>read only</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="519" />
        <source>Đã tạo báo cáo tổng hợp (bản nháp): viết thêm các phần còn lại, kiểm tra rồi hoàn tất.</source>
        <translation>The consolidated report is created (a draft): write the remaining parts, check it, then finalise it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="457" />
        <source>Không lập được báo cáo kỳ sau</source>
        <translation>Cannot create the next period's report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="461" />
        <source>Đã lập báo cáo {0} từ báo cáo kỳ trước.</source>
        <translation>Created the report for {0} from the previous period's.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="500" />
        <source>Không tạo được PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="547" />
        <source>Chưa chọn đơn vị hành chính</source>
        <translation>No administrative unit chosen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="553" />
        <source>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở phần mềm sau.
The new language applies the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="562" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="563" />
        <source>Những thay đổi cuối chưa lưu được vào cơ sở dữ liệu. Vẫn thoát?</source>
        <translation>The last changes could not be saved to the database. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="160" />
        <source>Lưu ngay</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="161" />
        <source>Tìm trong báo cáo…</source>
        <translation>Find in the report…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="162" />
        <source>Trợ giúp…</source>
        <translation>Help…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="209" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="352" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="393" />
        <source>Chưa hoàn tất được: xem các mục cần sửa trong danh sách lỗi.</source>
        <translation>Not finalised yet: see what to fix in the list of issues.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="397" />
        <source>Hoàn tất sẽ khóa nội dung báo cáo (số {0}, ngày {1}) và lưu bản PDF ban hành. Muốn sửa sau đó phải lập bản điều chỉnh. Tiếp tục?</source>
        <translation>Finalising locks the report's content (number {0}, dated {1}) and keeps the issued PDF. To change it afterwards you will have to make an amendment. Continue?</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="28" />
        <source>Báo cáo mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="35" />
        <source>Để &amp;trống</source>
        <translation>&amp;Blank</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="36" />
        <source>&amp;Sao chép từ báo cáo:</source>
        <translation>&amp;Copy from report:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="52" />
        <source>&amp;Loại báo cáo:</source>
        <translation>Report &amp;kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="53" />
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="57" />
        <source>Bắt đầu từ:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="60" />
        <source>Tạo báo cáo</source>
        <translation>Create report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="62" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="89" />
        <source>Chưa có báo cáo loại này để sao chép.</source>
        <translation>There is no report of this kind to copy yet.</translation>
    </message>
</context>
<context>
    <name>OutcomeDetail</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="178" />
        <source>Đăng ký khóa…</source>
        <translation>Enrol the key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="198" />
        <source>Chọn một dòng để xem chi tiết.</source>
        <translation>Select a row to see the details.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="200" />
        <source>Bản {0} khác bản đã nhận ở {1} mục:</source>
        <translation>Version {0} differs from the version received in {1} item(s):</translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="64" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="64" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="64" />
        <source>Loại báo cáo</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="64" />
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="65" />
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="65" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="65" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="72" />
        <source>Các tệp và kết quả kiểm tra</source>
        <translation>The files and the results of their check</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="85" />
        <source>Đã thay bản cũ</source>
        <translation>Replaced the old version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="85" />
        <source>Thay bản cũ</source>
        <translation>Replaces the old</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="86" />
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="86" />
        <source>Đã nhận</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="86" />
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="87" />
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="94" />
        <source>Đã nhận đúng bản này trước đây; không nhận lại.</source>
        <translation>This very version was received before; not imported again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="96" />
        <source>{0} mục khác bản đã nhận (chọn dòng để xem).</source>
        <translation>{0} item(s) differ from the version received (select the row to see them).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="97" />
        <source>Đã lưu.</source>
        <translation>Stored.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="97" />
        <source>Chưa có báo cáo này của đơn vị.</source>
        <translation>The unit's first file of this report.</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="71" />
        <source>Các mục của báo cáo</source>
        <translation>The report's sections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="73" />
        <source>F2: sửa tên mục; Ctrl+Insert: thêm mục; Ctrl+Shift+Insert: thêm mục con; Delete: xóa mục; Ctrl+Up, Ctrl+Down: chuyển mục; Tab: sang nội dung của mục</source>
        <translation>F2: rename the section; Ctrl+Insert: add a section; Ctrl+Shift+Insert: add a subsection; Delete: delete the section; Ctrl+Up, Ctrl+Down: move the section; Tab: go to the section's text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="81" />
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="82" />
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="83" />
        <location filename="../desktop/ui/outlineeditor.py" line="280" />
        <source>Xóa mục</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="84" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="85" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="87" />
        <source>Thêm một mục dưới mục đang chọn (Ctrl+Insert)</source>
        <translation>Add a section below the selected one (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="88" />
        <source>Thêm một mục con vào mục đang chọn (Ctrl+Shift+Insert)</source>
        <translation>Add a subsection to the selected section (Ctrl+Shift+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="89" />
        <source>Xóa mục đang chọn (Delete)</source>
        <translation>Delete the selected section (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="90" />
        <source>Chuyển mục lên trên (Ctrl+Up)</source>
        <translation>Move the section up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="91" />
        <source>Chuyển mục xuống dưới (Ctrl+Down)</source>
        <translation>Move the section down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="208" />
        <source>Chọn một mục để viết nội dung.</source>
        <translation>Choose a section to write its text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="214" />
        <source>Mỗi đoạn văn một dòng.</source>
        <translation>One paragraph per line.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="216" />
        <source>Nội dung mục {0} {1}</source>
        <translation>Text of section {0} {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="261" />
        <location filename="../desktop/ui/outlineeditor.py" line="267" />
        <location filename="../desktop/ui/outlineeditor.py" line="269" />
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="281" />
        <source>Mục «{0} {1}» đã có nội dung. Xóa cả mục và nội dung? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Section «{0} {1}» already has text. Delete the section and its text? Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../desktop/ui/citypage.py" line="71" />
        <source>{0} — {1} xã, phường</source>
        <translation>{0} — {1} communes and wards</translation>
    </message>
    <message>
        <location filename="../desktop/ui/citypage.py" line="73" />
        <source>Cả nước — {0} tỉnh, thành phố</source>
        <translation>Whole country — {0} provinces and cities</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../desktop/ui/preview.py" line="47" />
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="58" />
        <source>Các trang của báo cáo sẽ in</source>
        <translation>The pages of the report to print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="59" />
        <source>Mũi tên, Page Up, Page Down: cuộn trang; Ctrl+S: lưu PDF; Ctrl+P: in</source>
        <translation>Arrows, Page Up, Page Down: scroll; Ctrl+S: save PDF; Ctrl+P: print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="69" />
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="70" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="71" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="93" />
        <source>Lưu tệp PDF</source>
        <translation>Save PDF file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="94" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="100" />
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="101" />
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Cannot write the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="147" />
        <location filename="../desktop/ui/preview.py" line="159" />
        <source>Đang in trang {0}/{1}…</source>
        <translation>Printing page {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="147" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="149" />
        <source>In báo cáo</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="184" />
        <source>Không mở được máy in đã chọn.</source>
        <translation>Cannot open the chosen printer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="186" />
        <source>Việc in dừng lại ở trang {0}/{1}.</source>
        <translation>Printing stopped at page {0} of {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="189" />
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <location filename="../desktop/ui/receiving.py" line="49" />
        <source>Nhận báo cáo</source>
        <translation>Receive reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="50" />
        <source>Tình hình nộp báo cáo</source>
        <translation>Who has reported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="51" />
        <source>Tổng hợp báo cáo</source>
        <translation>Consolidate reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="52" />
        <source>Phạm vi sử dụng…</source>
        <translation>Scope…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="54" />
        <source>&amp;Nhận báo cáo</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="142" />
        <source>Đã mở báo cáo tổng hợp đã có; không tạo thêm bản mới.</source>
        <translation>Opened the existing consolidated report; no new one was created.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="172" />
        <source>Máy này dùng cho {0}: nhận báo cáo của các xã, phường (menu «Nhận báo cáo»).</source>
        <translation>This copy serves {0}: it receives the communes' reports (menu «Receive»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="175" />
        <source>Máy này dùng cho cả nước: nhận báo cáo của các tỉnh, thành phố (menu «Nhận báo cáo»).</source>
        <translation>This copy serves the nation: it receives the provinces' reports (menu «Receive»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="176" />
        <source>Máy này dùng cho một xã, phường: lập báo cáo và gửi lên cấp trên.</source>
        <translation>This copy serves one commune: it makes reports and sends them to the level above.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="182" />
        <source>{0} — nhận báo cáo của các xã, phường</source>
        <translation>{0} — receives the communes' reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="184" />
        <source>Cả nước — nhận báo cáo của các tỉnh, thành phố</source>
        <translation>The nation — receives the provinces' reports</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="56" />
        <source>Không tạo được báo cáo</source>
        <translation>Could not create the report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="67" />
        <source>Đã nhân bản «{0}»: bản mới là bản nháp, chưa có số và ngày.</source>
        <translation>Duplicated «{0}»: the copy is a draft, with no number or date yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="71" />
        <source>Mở tệp báo cáo</source>
        <translation>Open report file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="72" />
        <location filename="../desktop/ui/reportactions.py" line="168" />
        <source>Tệp báo cáo (*.json)</source>
        <translation>Report files (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="82" />
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="95" />
        <source>Báo cáo đã có</source>
        <translation>Report already in the list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="96" />
        <source>Báo cáo này đã có trong danh sách ({0}). Mở báo cáo đã có hay thêm một bản mới?</source>
        <translation>This report is already in the list ({0}). Open the one in the list, or add a new copy?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="98" />
        <source>Mở báo cáo đã có</source>
        <translation>Open the one in the list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="99" />
        <source>Thêm bản mới</source>
        <translation>Add a new copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="100" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="132" />
        <source>Xóa báo cáo</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="133" />
        <source>Chuyển báo cáo «{0}» vào thùng rác? Có thể khôi phục lại ở Tệp → Thùng rác.</source>
        <translation>Move the report «{0}» to the trash? It can be restored from File → Trash.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="139" />
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="144" />
        <source>Đã chuyển «{0}» vào thùng rác (Tệp → Thùng rác… để khôi phục).</source>
        <translation>Moved «{0}» to the trash (File → Trash… to restore it).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="159" />
        <source>Đã khôi phục «{0}».</source>
        <translation>Restored «{0}».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="167" />
        <source>Xuất tệp gửi đi</source>
        <translation>Export the file to send</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="174" />
        <source>Không ghi được tệp</source>
        <translation>Cannot write the file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="178" />
        <source>Đã xuất tệp và đánh dấu báo cáo đã gửi.</source>
        <translation>File exported; the report is marked as sent.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="180" />
        <source>Đã xuất tệp (bản nháp, chưa hoàn tất).</source>
        <translation>File exported (a draft, not final yet).</translation>
    </message>
</context>
<context>
    <name>ReportBrowser</name>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="170" />
        <source>Tìm theo tên, số, kỳ, loại báo cáo…</source>
        <translation>Search by title, number, period, kind…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="172" />
        <source>Tìm báo cáo</source>
        <translation>Search reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="173" />
        <source>Loại báo cáo</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="173" />
        <source>Mọi loại báo cáo</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="175" />
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="175" />
        <source>Mọi kỳ</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="177" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="177" />
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="278" />
        <source>{0} báo cáo</source>
        <translation>{0} reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="280" />
        <source>{0} / {1} báo cáo</source>
        <translation>{0} / {1} reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="309" />
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="310" />
        <source>Nhân bản báo cáo</source>
        <translation>Duplicate report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="311" />
        <source>Xóa báo cáo…</source>
        <translation>Delete report…</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../desktop/ui/reportform.py" line="85" />
        <source>Thông tin văn bản</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="86" />
        <source>Nội dung</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="87" />
        <source>Nơi nhận, người ký</source>
        <translation>Recipients, signer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="80" />
        <source>Các trang của báo cáo</source>
        <translation>The report's pages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="81" />
        <source>Ctrl+Page Down, Ctrl+Page Up: trang sau, trang trước</source>
        <translation>Ctrl+Page Down, Ctrl+Page Up: next, previous page</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="215" />
        <source>Chưa hoàn tất được: hãy sửa {0} mục dưới đây (bấm đúp để đến chỗ cần sửa), rồi chọn lại Hoàn tất.</source>
        <translation>Not finalised yet: fix the {0} items below (double-click one to go to it), then choose Finalise again.</translation>
    </message>
</context>
<context>
    <name>ReportList</name>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="36" />
        <location filename="../desktop/ui/reportlist.py" line="178" />
        <source>bản nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="36" />
        <location filename="../desktop/ui/reportlist.py" line="178" />
        <source>đã hoàn tất</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="37" />
        <location filename="../desktop/ui/reportlist.py" line="179" />
        <source>đã gửi</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="39" />
        <source>bản điều chỉnh lần {0}, đang sửa</source>
        <translation>amendment {0}, being edited</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="41" />
        <source>Phạm vi sử dụng</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="42" />
        <source>Một xã, phường, đặc khu: lập báo cáo và gửi lên cấp trên</source>
        <translation>One commune: makes reports and sends them to the level above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="43" />
        <source>Một tỉnh, thành phố: nhận báo cáo của các xã, phường, xem đơn vị nào đã nộp</source>
        <translation>One province: receives the communes' reports and sees who has reported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="45" />
        <source>Cả nước: nhận báo cáo của các tỉnh, thành phố</source>
        <translation>The nation: receives the provinces' reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="50" />
        <source>Tỉnh, thành phố nhận báo cáo</source>
        <translation>The province or city receiving reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="63" />
        <source>Máy này dùng cho</source>
        <translation>This copy serves</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="74" />
        <source>Dấu vân tay khóa ký của máy này</source>
        <translation>Fingerprint of this computer's signing key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="75" />
        <source>(chưa có: cửa sổ này chỉ để xem)</source>
        <translation>(none yet: this window is read-only)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="78" />
        <source>Dấu vân tay khóa ký</source>
        <translation>Signing key's fingerprint</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="79" />
        <source>Mọi tệp gửi lên cấp trên đều được ký bằng khóa của máy này. Lần gửi đầu tiên, hãy gọi điện cho cán bộ nhận báo cáo ở cấp trên và đọc dãy ký tự trên (chữ số 0-9 và chữ cái A-F) để họ đối chiếu rồi đăng ký khóa. Không gửi dãy này qua thư điện tử hay tin nhắn.</source>
        <translation>Every file sent to the level above is signed with this computer's key. The first time you send, phone the officer who receives the reports and read out the characters above (digits 0-9 and letters A-F) so that they can compare them and enrol the key. Do not send them by e-mail or text message.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="91" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="92" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../desktop/ui/screens.py" line="27" />
        <source>Các màn hình</source>
        <translation>Screens</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="184" />
        <source>Bảng số liệu</source>
        <translation>Table of figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="186" />
        <source>Tab, Enter: sang ô sau; F2: sửa ô; Ctrl+V: dán từ Excel; Ctrl+Insert: thêm dòng; Ctrl+Delete: xóa dòng; Ctrl+Page Down: sang trang sau</source>
        <translation>Tab, Enter: next cell; F2: edit the cell; Ctrl+V: paste from Excel; Ctrl+Insert: add a row; Ctrl+Delete: delete the row; Ctrl+Page Down: next page</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="200" />
        <source>Giá trị không nhận được</source>
        <translation>Value not taken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="221" />
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="222" />
        <source>Thêm một dòng dưới dòng đang chọn (Ctrl+Insert)</source>
        <translation>Add a row below the selected one (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="224" />
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="225" />
        <source>Thêm một dòng nhóm (I, II, …) in đậm (Ctrl+Shift+Insert)</source>
        <translation>Add a group row (I, II, …) in bold (Ctrl+Shift+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="227" />
        <location filename="../desktop/ui/tableeditor.py" line="257" />
        <source>Xóa dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="228" />
        <source>Xóa dòng đang chọn (Ctrl+Delete)</source>
        <translation>Remove the selected row (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="258" />
        <source>Dòng «{0}» có sẵn trong mẫu báo cáo (cấp trên tổng hợp theo dòng này). Vẫn xóa? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>The row «{0}» comes with the report template (the level above adds it up). Delete it anyway? Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="128" />
        <source>Giải trình: </source>
        <translation>Explanation: </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tablemodel.py" line="170" />
        <source>%n ô không dán được, các ô đó giữ giá trị cũ. Ô đầu tiên, {0}: {1}.</source>
        <translation>
            <numerusform>%n cell could not be pasted and keeps its old value: {0}: {1}.</numerusform>
            <numerusform>%n cells could not be pasted and keep their old values. The first, {0}: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="145" />
        <source>Chưa nhận {0}: {1}. Ô vẫn giữ giá trị cũ; hãy gõ lại.</source>
        <translation>Not taken, {0}: {1}. The cell keeps its old value; type it again.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="124" />
        <source>Chưa triển khai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="125" />
        <source>Đang thực hiện trong hạn</source>
        <translation>Under way, on time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="126" />
        <source>Đang thực hiện quá hạn</source>
        <translation>Under way, overdue</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="127" />
        <source>Hoàn thành đúng hạn</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="128" />
        <source>Hoàn thành quá hạn</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="128" />
        <source>Chưa điền</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="153" />
        <source>Cách tổng hợp</source>
        <translation>Consolidated as</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="153" />
        <location filename="../desktop/ui/consolidatedfigures.py" line="202" />
        <source>Tỷ lệ</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="155" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="155" />
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="154" />
        <source>Đơn vị có số liệu</source>
        <translation>Units with figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="134" />
        <source>Số liệu của từng đơn vị ở dòng đã chọn</source>
        <translation>Each unit's figures on the selected row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="154" />
        <source>Chưa có</source>
        <translation>Without figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="160" />
        <source>Số liệu tổng hợp: {0}</source>
        <translation>Consolidated figures: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="172" />
        <source>Cộng</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="172" />
        <source>Tỷ lệ của tổng</source>
        <translation>Ratio of the sums</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="172" />
        <source>Không cộng</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="173" />
        <source>Đếm</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="202" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="203" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="228" />
        <source>Chọn một dòng để xem số liệu của từng đơn vị.</source>
        <translation>Select a row to see each unit's figures.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="229" />
        <source>«{0}»: {1} đơn vị có số liệu.</source>
        <translation>«{0}»: {1} units with figures.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="234" />
        <source>Chưa có số liệu ({0}): {1}.</source>
        <translation>No figures yet ({0}): {1}.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="43" />
        <source>Thùng rác</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="47" />
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="47" />
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="47" />
        <source>Xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="59" />
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="61" />
        <source>&amp;Xóa vĩnh viễn…</source>
        <translation>&amp;Delete for ever…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="68" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="76" />
        <source>Báo cáo đã xóa vẫn nằm ở đây, đủ nội dung, các bản đã ban hành và nhật ký thay đổi, cho đến khi được khôi phục hoặc xóa vĩnh viễn.</source>
        <translation>Deleted reports stay here, with all their content, their issued versions and their change log, until they are restored or deleted for ever.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="106" />
        <source>Thùng rác trống.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="108" />
        <source>Báo cáo này đã ban hành nên được giữ lại; chỉ khôi phục được.</source>
        <translation>This report was issued, so it is kept; it can only be restored.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="122" />
        <source>Xóa vĩnh viễn</source>
        <translation>Delete for ever</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="123" />
        <source>Xóa vĩnh viễn báo cáo «{0}»? Không thể khôi phục lại.</source>
        <translation>Delete the report «{0}» for ever? It cannot be restored.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="133" />
        <source>Không thực hiện được</source>
        <translation>Could not do it</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="36" />
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="42" />
        <source>Gõ tên để tìm trong cả nước, ví dụ: Trần Liễu</source>
        <translation>Type a name to search the whole country, e.g. Trần Liễu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="46" />
        <source>Xã, phường, đặc khu</source>
        <translation>Communes, wards, special zones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="47" />
        <source>Mũi tên lên, xuống để chọn; Enter để nhận</source>
        <translation>Up and Down arrows to choose; Enter to accept</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="55" />
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="56" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="74" />
        <source>&amp;Tỉnh, thành phố:</source>
        <translation>&amp;Province or city:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="75" />
        <source>Tìm &amp;xã, phường:</source>
        <translation>Search co&amp;mmune or ward:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="79" />
        <source>Chọn đơn vị ban hành báo cáo theo danh mục đơn vị hành chính sau sắp xếp năm 2025.</source>
        <translation>Choose the unit that issues the reports, from the official list after the 2025 reorganisation.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="85" />
        <source>Địa danh ghi ở dòng ngày tháng:</source>
        <translation>Place name on the date line:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="174" />
        <source>Tên riêng</source>
        <translation>Proper name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="175" />
        <source>Tên đầy đủ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="178" />
        <source>«{0}» (như các báo cáo mẫu)</source>
        <translation>«{0}» (as in the sample reports)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="179" />
        <source>«{0}» (cách viết đầy đủ)</source>
        <translation>«{0}» (written in full)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="38" />
        <source>Chọn tỉnh, thành phố</source>
        <translation>Choose a province or city</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="95" />
        <source>Phiên bản và nhật ký thay đổi</source>
        <translation>Versions and change log</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="97" />
        <source>Các trang của cửa sổ</source>
        <translation>The window's pages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="98" />
        <location filename="../desktop/ui/versionsdialog.py" line="113" />
        <source>Các bản đã ban hành</source>
        <translation>Issued versions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="99" />
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="101" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="109" />
        <source>đã hoàn tất</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="109" />
        <source>đã gửi</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="111" />
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="111" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="111" />
        <source>Hoàn tất lúc</source>
        <translation>Finalised at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="112" />
        <source>Gửi lúc</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="112" />
        <source>Mã kiểm tra SHA-256 của PDF</source>
        <translation>SHA-256 of the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="114" />
        <source>{0} (điều chỉnh)</source>
        <translation>{0} (amendment)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="118" />
        <source>Lưu PDF đã ban hành…</source>
        <translation>Save the issued PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="120" />
        <source>So sánh với bản hiện tại</source>
        <translation>Compare with the current one</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="122" />
        <location filename="../desktop/ui/versionsdialog.py" line="146" />
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="122" />
        <location filename="../desktop/ui/versionsdialog.py" line="146" />
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="122" />
        <location filename="../desktop/ui/versionsdialog.py" line="146" />
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="123" />
        <source>Những mục khác bản hiện tại</source>
        <translation>What differs from the current version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="124" />
        <source>Chọn một bản rồi bấm «So sánh» để xem những gì đã thay đổi.</source>
        <translation>Choose a version, then press «Compare» to see what changed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="134" />
        <source>Báo cáo này chưa được hoàn tất lần nào.</source>
        <translation>This report has never been finalised.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="146" />
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="147" />
        <source>Nhật ký thay đổi, mới nhất ở trên</source>
        <translation>Change log, newest first</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="148" />
        <source>(xóa báo cáo)</source>
        <translation>(report deleted)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="160" />
        <source>Mọi thay đổi đã lưu, mới nhất ở trên.</source>
        <translation>Every saved change, newest first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="184" />
        <source>Không so sánh được</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="186" />
        <source>Bản {0} → bản hiện tại: {1} mục thay đổi.</source>
        <translation>Version {0} → current: {1} fields changed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="196" />
        <source>Không mở được bản đã ban hành</source>
        <translation>Cannot open the issued version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="198" />
        <source>Lưu PDF đã ban hành</source>
        <translation>Save the issued PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="200" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="154" />
        <source>(xóa rồi hoàn tác)</source>
        <translation>(deleted, then undone)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../desktop/ui/worker.py" line="155" />
        <source>Lỗi phần mềm khi đang làm việc: {0}</source>
        <translation>The app failed while working: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/ui/app.py" line="98" />
        <location filename="../desktop/ui/dailybackup.py" line="68" />
        <source>Chưa tự động sao lưu được: {0}</source>
        <translation>The automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="160" />
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
        <location filename="../desktop/ui/crash.py" line="16" />
        <source>Phần mềm gặp lỗi và đã dừng việc vừa làm; những gì đã lưu vẫn còn nguyên. Chi tiết lỗi đã ghi vào tệp {0}: hãy gửi tệp này cho người hỗ trợ.</source>
        <translation>The app met an error and stopped what it was doing; everything saved is still there. The details were written to the file {0}: please send this file to whoever helps you.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="31" />
        <source>Lỗi phần mềm</source>
        <translation>Software error</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../desktop/ui/editors.py" line="23" />
        <source>Đã bỏ {0} ký tự điều khiển (không in được, thường đi theo khi dán từ nơi khác).</source>
        <translation>Left out {0} control character(s) (they cannot be printed; they often come with text pasted from elsewhere).</translation>
    </message>
</context>
</TS>