<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="75" />
        <source>Sao lưu / Khôi phục</source>
        <translation>Sao lưu / Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="79" />
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="79" />
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="79" />
        <source>Dung lượng</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="80" />
        <source>Sao lưu ngay…</source>
        <translation>Sao lưu ngay…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="81" />
        <source>Khôi phục từ tệp…</source>
        <translation>Khôi phục từ tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="82" />
        <source>Khôi phục bản đã chọn…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="99" />
        <source>Phần mềm tự sao lưu dữ liệu khi mở và mỗi ngày một lần, giữ {0} bản mới nhất, trong thư mục:
{1}</source>
        <translation>Phần mềm tự sao lưu dữ liệu khi mở và mỗi ngày một lần, giữ {0} bản mới nhất, trong thư mục:
{1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="112" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="131" />
        <source>Chưa có bản sao lưu nào. Bản tự động đầu tiên được tạo khi mở lại phần mềm (hoặc sau một giờ); muốn có ngay thì bấm «Sao lưu ngay…».</source>
        <translation>Chưa có bản sao lưu nào. Bản tự động đầu tiên được tạo khi mở lại phần mềm (hoặc sau một giờ); muốn có ngay thì bấm «Sao lưu ngay…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="137" />
        <source>tự động</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="137" />
        <source>dữ liệu trước khi khôi phục</source>
        <translation>dữ liệu trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="151" />
        <source>Cửa sổ này chỉ để xem: hãy khôi phục ở cửa sổ baocao đang mở cơ sở dữ liệu này.</source>
        <translation>Cửa sổ này chỉ để xem: hãy khôi phục ở cửa sổ baocao đang mở cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="177" />
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="179" />
        <source>Đang giữ bản sao dữ liệu hiện tại…</source>
        <translation>Đang giữ bản sao dữ liệu hiện tại…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="180" />
        <source>Đang sao lưu…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="180" />
        <source>Đang đọc bản sao lưu…</source>
        <translation>Đang đọc bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="195" />
        <source>Đã hủy sao lưu; không ghi tệp nào.</source>
        <translation>Đã hủy sao lưu; không ghi tệp nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="197" />
        <source>Đã hủy khôi phục; dữ liệu hiện tại không thay đổi.</source>
        <translation>Đã hủy khôi phục; dữ liệu hiện tại không thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="213" />
        <source>Sao lưu ra tệp</source>
        <translation>Sao lưu ra tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="214" />
        <source>Cơ sở dữ liệu baocao (*.sqlite)</source>
        <translation>Cơ sở dữ liệu baocao (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="228" />
        <source>Đã sao lưu vào {0}</source>
        <translation>Đã sao lưu vào {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="233" />
        <source>Khôi phục từ tệp sao lưu</source>
        <translation>Khôi phục từ tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="234" />
        <source>Cơ sở dữ liệu baocao (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>Cơ sở dữ liệu baocao (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="245" />
        <source>Khôi phục dữ liệu</source>
        <translation>Khôi phục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="246" />
        <source>Khôi phục dữ liệu từ bản sao lưu {0}?

Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi thay, phần mềm giữ một bản sao của dữ liệu hiện tại trong thư mục sao lưu, để có thể khôi phục lại nếu chọn nhầm.</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu {0}?

Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi thay, phần mềm giữ một bản sao của dữ liệu hiện tại trong thư mục sao lưu, để có thể khôi phục lại nếu chọn nhầm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="251" />
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="88" />
        <location filename="../desktop/ui/backupdialog.py" line="252" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="286" />
        <source>Đã khôi phục dữ liệu từ {0}. Dữ liệu trước đó được giữ ở {1}.</source>
        <translation>Đã khôi phục dữ liệu từ {0}. Dữ liệu trước đó được giữ ở {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backupdialog.py" line="287" />
        <source>Đã khôi phục dữ liệu từ {0}.</source>
        <translation>Đã khôi phục dữ liệu từ {0}.</translation>
    </message>
</context>
<context>
    <name>BatchPdfDialog</name>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="51" />
        <source>Xuất PDF nhiều báo cáo</source>
        <translation>Xuất PDF nhiều báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="61" />
        <source>Đánh dấu các báo cáo cần xuất PDF (mặc định: các báo cáo của kỳ gần nhất) và chọn thư mục. Tệp đã có trong thư mục không bị ghi đè: tệp mới được thêm « (2)» vào tên.</source>
        <translation>Đánh dấu các báo cáo cần xuất PDF (mặc định: các báo cáo của kỳ gần nhất) và chọn thư mục. Tệp đã có trong thư mục không bị ghi đè: tệp mới được thêm « (2)» vào tên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="66" />
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="66" />
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="66" />
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="70" />
        <source>Chọn tất cả</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="71" />
        <source>Bỏ chọn tất cả</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="76" />
        <source>Chọn thư mục…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="82" />
        <source>Thư mục:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="92" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="100" />
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="111" />
        <source>Xuất</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="114" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="145" />
        <source>bản điều chỉnh, đang sửa</source>
        <translation>bản điều chỉnh, đang sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="146" />
        <source>bản nháp</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="146" />
        <source>đã hoàn tất</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="147" />
        <source>đã gửi</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="166" />
        <source>Chọn thư mục ghi các tệp PDF</source>
        <translation>Chọn thư mục ghi các tệp PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="189" />
        <source>Đang xuất {0}/{1}: {2}</source>
        <translation>Đang xuất {0}/{1}: {2}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="195" />
        <source>Đã xuất {0} tệp PDF vào {1}.</source>
        <translation>Đã xuất {0} tệp PDF vào {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="197" />
        <source>Không xuất được {0} báo cáo:</source>
        <translation>Không xuất được {0} báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="203" />
        <source>Đã dừng. Các tệp PDF đã xuất xong vẫn còn trong thư mục; không có tệp dở dang.</source>
        <translation>Đã dừng. Các tệp PDF đã xuất xong vẫn còn trong thư mục; không có tệp dở dang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/batchpdf.py" line="207" />
        <source>Không xuất được: {0}</source>
        <translation>Không xuất được: {0}</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="138" />
        <source>Mục</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="138" />
        <source>Giá trị đã nhận</source>
        <translation>Giá trị đã nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="138" />
        <source>Giá trị mới</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="141" />
        <source>Các giá trị khác bản đã nhận</source>
        <translation>Các giá trị khác bản đã nhận</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="82" />
        <source>Tình hình nộp báo cáo</source>
        <translation>Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="99" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="99" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="99" />
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="99" />
        <source>Bản</source>
        <translation>Bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="100" />
        <source>Xuất tệp lúc</source>
        <translation>Xuất tệp lúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="100" />
        <source>Nhận lúc</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="101" />
        <source>Tình hình nộp báo cáo của từng đơn vị</source>
        <translation>Tình hình nộp báo cáo của từng đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="113" />
        <source>&amp;Hạn nộp:</source>
        <translation>&amp;Hạn nộp:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="114" />
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="115" />
        <source>Chép danh sách chưa nộp</source>
        <translation>Chép danh sách chưa nộp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="184" />
        <source>{0} đơn vị: {1} đã nhận, {2} nộp muộn, {3} chưa nộp.</source>
        <translation>{0} đơn vị: {1} đã nhận, {2} nộp muộn, {3} chưa nộp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="203" />
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="204" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="214" />
        <source>Không ghi được tệp</source>
        <translation>Không ghi được tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="216" />
        <source>Đã xuất ra {0}</source>
        <translation>Đã xuất ra {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/completenessview.py" line="223" />
        <source>Đã chép danh sách {0} đơn vị chưa nộp; dán vào tin nhắn hay công văn nhắc nộp.</source>
        <translation>Đã chép danh sách {0} đơn vị chưa nộp; dán vào tin nhắn hay công văn nhắc nộp.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="66" />
        <source>Tổng hợp báo cáo</source>
        <translation>Tổng hợp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="81" />
        <source>Tổng hợp</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="85" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="87" />
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="88" />
        <source>Xem trước PDF…</source>
        <translation>Xem trước PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="89" />
        <source>Tạo báo cáo tổng hợp</source>
        <translation>Tạo báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="120" />
        <source>Đã nhận thêm báo cáo sau lần tổng hợp trước: bấm «Tổng hợp» để cộng lại.</source>
        <translation>Đã nhận thêm báo cáo sau lần tổng hợp trước: bấm «Tổng hợp» để cộng lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="140" />
        <source>Chọn loại báo cáo và kỳ, rồi bấm «Tổng hợp» để cộng số liệu các báo cáo đã nhận.</source>
        <translation>Chọn loại báo cáo và kỳ, rồi bấm «Tổng hợp» để cộng số liệu các báo cáo đã nhận.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="162" />
        <source>Đang đọc báo cáo của {0}…</source>
        <translation>Đang đọc báo cáo của {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="163" />
        <source>Đang cộng số liệu…</source>
        <translation>Đang cộng số liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="178" />
        <source>Đã dừng tổng hợp.</source>
        <translation>Đã dừng tổng hợp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="181" />
        <source>Không tổng hợp được: {0}</source>
        <translation>Không tổng hợp được: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="199" />
        <source>Chưa nhận báo cáo nào của loại và kỳ này: chưa có gì để tổng hợp.</source>
        <translation>Chưa nhận báo cáo nào của loại và kỳ này: chưa có gì để tổng hợp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="200" />
        <source>Đã cộng số liệu của {0} báo cáo đã nhận. Chọn một dòng để xem số liệu của từng đơn vị; «Tạo báo cáo tổng hợp» lưu báo cáo để viết tiếp, hoàn tất và gửi đi.</source>
        <translation>Đã cộng số liệu của {0} báo cáo đã nhận. Chọn một dòng để xem số liệu của từng đơn vị; «Tạo báo cáo tổng hợp» lưu báo cáo để viết tiếp, hoàn tất và gửi đi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="204" />
        <source>{0} ô không phải số nên không được cộng (xem thẻ «Số liệu chưa cộng được»).</source>
        <translation>{0} ô không phải số nên không được cộng (xem thẻ «Số liệu chưa cộng được»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="219" />
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="220" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="236" />
        <source>Không ghi được tệp</source>
        <translation>Không ghi được tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="239" />
        <source>Đã xuất ra {0}</source>
        <translation>Đã xuất ra {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="256" />
        <source>Không tạo được PDF</source>
        <translation>Không tạo được PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="275" />
        <source>Chưa tạo được báo cáo</source>
        <translation>Chưa tạo được báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="282" />
        <source>số {0}</source>
        <translation>số {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="282" />
        <source>bản nháp, chưa có số</source>
        <translation>bản nháp, chưa có số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="285" />
        <source>Đã có báo cáo tổng hợp</source>
        <translation>Đã có báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidationview.py" line="286" />
        <source>Đã có báo cáo tổng hợp «{0}» kỳ {1} ({2}). Tạo thêm một bản nữa?

Chọn «Không» để mở báo cáo đã có.</source>
        <translation>Đã có báo cáo tổng hợp «{0}» kỳ {1} ({2}). Tạo thêm một bản nữa?

Chọn «Không» để mở báo cáo đã có.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="135" />
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="141" />
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="143" />
        <source>Chưa có báo cáo nào của đơn vị. Hãy lập báo cáo mới (Tệp → Báo cáo mới, Ctrl+N) hoặc mở một báo cáo mẫu (Tệp → Mở báo cáo mẫu): tổng quan sẽ hiện ở đây.</source>
        <translation>Chưa có báo cáo nào của đơn vị. Hãy lập báo cáo mới (Tệp → Báo cáo mới, Ctrl+N) hoặc mở một báo cáo mẫu (Tệp → Mở báo cáo mẫu): tổng quan sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="147" />
        <source>Biểu đồ: kết quả mới nhất so với mục tiêu của các chỉ tiêu tỷ lệ</source>
        <translation>Biểu đồ: kết quả mới nhất so với mục tiêu của các chỉ tiêu tỷ lệ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="148" />
        <source>Biểu đồ: số nhiệm vụ theo tình trạng</source>
        <translation>Biểu đồ: số nhiệm vụ theo tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="171" />
        <source>Chỉ tiêu tỷ lệ: kết quả mới nhất so với mục tiêu (%)</source>
        <translation>Chỉ tiêu tỷ lệ: kết quả mới nhất so với mục tiêu (%)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="172" />
        <source>Nhiệm vụ theo tình trạng</source>
        <translation>Nhiệm vụ theo tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="173" />
        <source>Chỉ tiêu (chọn dòng để xem trên biểu đồ)</source>
        <translation>Chỉ tiêu (chọn dòng để xem trên biểu đồ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="174" />
        <source>Hạn sắp tới</source>
        <translation>Hạn sắp tới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="227" />
        <source>{0} — số liệu đến ngày {1}</source>
        <translation>{0} — số liệu đến ngày {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="249" />
        <source>Chưa có chỉ tiêu tỷ lệ nào vừa có kết quả vừa có mục tiêu. Chọn một dòng có kết quả tính theo % trong bảng để xem.</source>
        <translation>Chưa có chỉ tiêu tỷ lệ nào vừa có kết quả vừa có mục tiêu. Chọn một dòng có kết quả tính theo % trong bảng để xem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="256" />
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="260" />
        <source>Mục tiêu {0}</source>
        <translation>Mục tiêu {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="270" />
        <source>Chưa có báo cáo nào có danh sách nhiệm vụ (ví dụ Phụ lục nhiệm vụ của kế hoạch).</source>
        <translation>Chưa có báo cáo nào có danh sách nhiệm vụ (ví dụ Phụ lục nhiệm vụ của kế hoạch).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="277" />
        <source>Số nhiệm vụ</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="284" />
        <source>{0} nhiệm vụ, theo {1}</source>
        <translation>{0} nhiệm vụ, theo {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="296" />
        <source>Lưu tổng quan ra PDF</source>
        <translation>Lưu tổng quan ra PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="297" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard.py" line="306" />
        <source>Không lưu được tệp PDF</source>
        <translation>Không lưu được tệp PDF</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <location filename="../desktop/ui/databasefile.py" line="38" />
        <source>Cửa sổ kia đã đóng: từ giờ sửa và lưu ở cửa sổ này.</source>
        <translation>Cửa sổ kia đã đóng: từ giờ sửa và lưu ở cửa sổ này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/databasefile.py" line="81" />
        <source>Đã khôi phục dữ liệu từ bản sao lưu.</source>
        <translation>Đã khôi phục dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/databasefile.py" line="83" />
        <source>Dữ liệu trước đó được giữ ở {0}</source>
        <translation>Dữ liệu trước đó được giữ ở {0}</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="81" />
        <source>Các hạn sắp tới</source>
        <translation>Các hạn sắp tới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="89" />
        <source>Không có hạn nào sắp tới.</source>
        <translation>Không có hạn nào sắp tới.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="211" />
        <source>Đăng ký khóa ký của đơn vị</source>
        <translation>Đăng ký khóa ký của đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="212" />
        <source>Dấu vân tay khóa ký trong tệp của {0}:</source>
        <translation>Dấu vân tay khóa ký trong tệp của {0}:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="216" />
        <source>Hãy gọi điện cho cán bộ của {0} (số điện thoại đã biết, không dùng số ghi trong tệp hay thư gửi kèm), nhờ họ mở Cài đặt → Phạm vi sử dụng và đọc dấu vân tay của máy họ. Chỉ đăng ký khi từng ký tự trùng khớp; nếu khác, tệp không phải do đơn vị gửi.</source>
        <translation>Hãy gọi điện cho cán bộ của {0} (số điện thoại đã biết, không dùng số ghi trong tệp hay thư gửi kèm), nhờ họ mở Cài đặt → Phạm vi sử dụng và đọc dấu vân tay của máy họ. Chỉ đăng ký khi từng ký tự trùng khớp; nếu khác, tệp không phải do đơn vị gửi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="221" />
        <source>Tôi đã gọi điện đối chiếu: dãy đơn vị đọc trùng khớp với dãy trên</source>
        <translation>Tôi đã gọi điện đối chiếu: dãy đơn vị đọc trùng khớp với dãy trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="224" />
        <source>Đăng ký khóa</source>
        <translation>Đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="226" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="20" />
        <source>Xuất tệp gửi cấp trên</source>
        <translation>Xuất tệp gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="21" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="41" />
        <source>Không xuất được tệp</source>
        <translation>Không xuất được tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exportaction.py" line="46" />
        <source>Đã xuất bản {0} của báo cáo ra tệp {1}; báo cáo được đánh dấu đã gửi.</source>
        <translation>Đã xuất bản {0} của báo cáo ra tệp {1}; báo cáo được đánh dấu đã gửi.</translation>
    </message>
</context>
<context>
    <name>FiguresTabs</name>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="97" />
        <source>Số liệu chưa cộng được ({0})</source>
        <translation>Số liệu chưa cộng được ({0})</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/ui/findbar.py" line="89" />
        <source>Tìm trong báo cáo (không cần gõ dấu)</source>
        <translation>Tìm trong báo cáo (không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="90" />
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="95" />
        <source>Trước</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="96" />
        <source>Chỗ tìm thấy trước (Shift+F3)</source>
        <translation>Chỗ tìm thấy trước (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="98" />
        <source>Sau</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="99" />
        <source>Chỗ tìm thấy sau (Enter, F3)</source>
        <translation>Chỗ tìm thấy sau (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="101" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="102" />
        <source>Đóng thanh tìm kiếm (Esc)</source>
        <translation>Đóng thanh tìm kiếm (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="106" />
        <source>Tìm:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="132" />
        <source>Không thấy</source>
        <translation>Không thấy</translation>
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
        <translation>để trống khi chưa lấy số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="83" />
        <source>Để trống ngày, tháng (ghi tay khi ký)</source>
        <translation>Để trống ngày, tháng (ghi tay khi ký)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="91" />
        <source>Bản in tự chia trích yếu thành các dòng dài gần bằng nhau. Muốn xuống dòng ở chỗ nào (để không tách đôi một tên riêng), bấm Enter ở chỗ đó.</source>
        <translation>Bản in tự chia trích yếu thành các dòng dài gần bằng nhau. Muốn xuống dòng ở chỗ nào (để không tách đôi một tên riêng), bấm Enter ở chỗ đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="94" />
        <source>Mỗi nơi một dòng; để trống nếu không có</source>
        <translation>Mỗi nơi một dòng; để trống nếu không có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="97" />
        <source>Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)</source>
        <translation>Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="101" />
        <source>Mỗi căn cứ một dòng: Căn cứ …; để trống nếu không có</source>
        <translation>Mỗi căn cứ một dòng: Căn cứ …; để trống nếu không có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="103" />
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="104" />
        <source>Số:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="105" />
        <source>Địa &amp;danh:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="106" />
        <source>Ngà&amp;y ban hành:</source>
        <translation>Ngà&amp;y ban hành:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="107" />
        <source>&amp;Kỳ báo cáo:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="108" />
        <source>T&amp;rích yếu:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="109" />
        <source>Kính gử&amp;i:</source>
        <translation>Kính gử&amp;i:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="110" />
        <source>Căn cứ:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="153" />
        <source>Mỗi chú thích một dòng; dòng thứ n ứng với dấu [^n] trong bài</source>
        <translation>Mỗi chú thích một dòng; dòng thứ n ứng với dấu [^n] trong bài</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="154" />
        <source>Đ&amp;oạn mở đầu:</source>
        <translation>Đ&amp;oạn mở đầu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="156" />
        <source>Các &amp;mục (I., 1., a)):</source>
        <translation>Các &amp;mục (I., 1., a)):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="158" />
        <source>Đoạn &amp;kết thúc:</source>
        <translation>Đoạn &amp;kết thúc:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="160" />
        <source>Chú t&amp;hích cuối trang:</source>
        <translation>Chú t&amp;hích cuối trang:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="189" />
        <source>Nơ&amp;i nhận</source>
        <translation>Nơ&amp;i nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="193" />
        <source>Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ...</source>
        <translation>Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="194" />
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="201" />
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="210" />
        <source>(không ghi)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="210" />
        <source>TM. (thay mặt)</source>
        <translation>TM. (thay mặt)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="211" />
        <source>KT. (ký thay)</source>
        <translation>KT. (ký thay)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="211" />
        <source>TL. (thừa lệnh)</source>
        <translation>TL. (thừa lệnh)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="212" />
        <source>TUQ. (thừa ủy quyền)</source>
        <translation>TUQ. (thừa ủy quyền)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="212" />
        <source>Q. (quyền)</source>
        <translation>Q. (quyền)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="213" />
        <source>T/M (thay mặt, văn bản của Đảng)</source>
        <translation>T/M (thay mặt, văn bản của Đảng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="213" />
        <source>K/T (ký thay, văn bản của Đảng)</source>
        <translation>K/T (ký thay, văn bản của Đảng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="214" />
        <source>T/L (thừa lệnh, văn bản của Đảng)</source>
        <translation>T/L (thừa lệnh, văn bản của Đảng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="219" />
        <source>Mỗi dòng chức vụ một dòng</source>
        <translation>Mỗi dòng chức vụ một dòng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="221" />
        <source>Thẩm &amp;quyền:</source>
        <translation>Thẩm &amp;quyền:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="222" />
        <source>Th&amp;ay mặt / ký thay cho:</source>
        <translation>Th&amp;ay mặt / ký thay cho:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="223" />
        <source>Chức &amp;vụ:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/formpages.py" line="224" />
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="10" />
        <source>Lập báo cáo mới</source>
        <translation>Lập báo cáo mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="11" />
        <source>Mở tệp báo cáo (.json)</source>
        <translation>Mở tệp báo cáo (.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="12" />
        <source>Lưu ngay (phần mềm vẫn tự lưu sau mỗi lần sửa)</source>
        <translation>Lưu ngay (phần mềm vẫn tự lưu sau mỗi lần sửa)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="13" />
        <source>Hoàn tác / làm lại</source>
        <translation>Hoàn tác / làm lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="14" />
        <source>Tìm chữ trong báo cáo (Enter hoặc F3: chỗ tiếp theo)</source>
        <translation>Tìm chữ trong báo cáo (Enter hoặc F3: chỗ tiếp theo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="15" />
        <source>Kiểm tra lỗi</source>
        <translation>Kiểm tra lỗi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="16" />
        <source>Đến lỗi hoặc cảnh báo sau / trước</source>
        <translation>Đến lỗi hoặc cảnh báo sau / trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="17" />
        <source>Sang trang sau / trang trước của báo cáo</source>
        <translation>Sang trang sau / trang trước của báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="18" />
        <source>Sang ô sau / ô trước</source>
        <translation>Sang ô sau / ô trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="19" />
        <source>Đến ô có nhãn gạch chân chữ đó (Alt+R: Trích yếu)</source>
        <translation>Đến ô có nhãn gạch chân chữ đó (Alt+R: Trích yếu)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="20" />
        <source>Xem trước và in PDF</source>
        <translation>Xem trước và in PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="21" />
        <source>Hoàn tất báo cáo (cần số và ngày ban hành)</source>
        <translation>Hoàn tất báo cáo (cần số và ngày ban hành)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="22" />
        <source>Thêm / xóa dòng trong bảng</source>
        <translation>Thêm / xóa dòng trong bảng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="23" />
        <source>Thêm dòng nhóm trong bảng; thêm mục con trong danh sách các mục</source>
        <translation>Thêm dòng nhóm trong bảng; thêm mục con trong danh sách các mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="25" />
        <source>Sửa ô đang chọn trong bảng, hoặc tên mục đang chọn</source>
        <translation>Sửa ô đang chọn trong bảng, hoặc tên mục đang chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="26" />
        <source>Chuyển mục đang chọn lên / xuống</source>
        <translation>Chuyển mục đang chọn lên / xuống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="27" />
        <source>Dán một vùng ô từ Excel vào bảng</source>
        <translation>Dán một vùng ô từ Excel vào bảng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="28" />
        <source>Trợ giúp này</source>
        <translation>Trợ giúp này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="37" />
        <location filename="../desktop/ui/helpdialog.py" line="40" />
        <source>Trợ giúp</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="43" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="52" />
        <source>Chọn đơn vị hành chính (Cài đặt → Đơn vị hành chính) một lần.</source>
        <translation>Chọn đơn vị hành chính (Cài đặt → Đơn vị hành chính) một lần.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="53" />
        <source>Bấm «Báo cáo mới», chọn loại báo cáo; kỳ báo cáo chọn ở trang «Thông tin văn bản».</source>
        <translation>Bấm «Báo cáo mới», chọn loại báo cáo; kỳ báo cáo chọn ở trang «Thông tin văn bản».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="54" />
        <source>Điền các trang: nội dung, nơi nhận, người ký và các phụ lục; thay mọi dấu «…» bằng nội dung thật. Mọi thay đổi được tự lưu.</source>
        <translation>Điền các trang: nội dung, nơi nhận, người ký và các phụ lục; thay mọi dấu «…» bằng nội dung thật. Mọi thay đổi được tự lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="56" />
        <source>Xem danh sách lỗi và cảnh báo dưới biểu mẫu; bấm đúp một dòng để đến chỗ cần sửa. Cảnh báo có thể giải trình.</source>
        <translation>Xem danh sách lỗi và cảnh báo dưới biểu mẫu; bấm đúp một dòng để đến chỗ cần sửa. Cảnh báo có thể giải trình.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="58" />
        <source>Khi đã có số và ngày ban hành: Báo cáo → Hoàn tất. Nội dung bị khóa; muốn sửa thì lập bản điều chỉnh.</source>
        <translation>Khi đã có số và ngày ban hành: Báo cáo → Hoàn tất. Nội dung bị khóa; muốn sửa thì lập bản điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/helpdialog.py" line="60" />
        <source>Tệp → Xuất tệp gửi đi hoặc Xuất tệp gửi cấp trên.</source>
        <translation>Tệp → Xuất tệp gửi đi hoặc Xuất tệp gửi cấp trên.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../desktop/ui/importpage.py" line="53" />
        <location filename="../desktop/ui/importpage.py" line="194" />
        <source>Nhận báo cáo</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="74" />
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="75" />
        <source>Chọn thư mục…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="98" />
        <location filename="../desktop/ui/importpage.py" line="193" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="127" />
        <source>Cửa sổ này chỉ xem: không nhận tệp được ở đây.</source>
        <translation>Cửa sổ này chỉ xem: không nhận tệp được ở đây.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="128" />
        <source>Chọn các tệp .xlsx do các đơn vị gửi lên, hoặc kéo thả tệp, thư mục vào đây. Phần mềm kiểm tra từng tệp trước; chưa lưu gì cho đến khi bấm «Nhận … tệp».</source>
        <translation>Chọn các tệp .xlsx do các đơn vị gửi lên, hoặc kéo thả tệp, thư mục vào đây. Phần mềm kiểm tra từng tệp trước; chưa lưu gì cho đến khi bấm «Nhận … tệp».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="138" />
        <source>Chọn tệp báo cáo các đơn vị gửi</source>
        <translation>Chọn tệp báo cáo các đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="139" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="143" />
        <source>Chọn thư mục chứa tệp báo cáo</source>
        <translation>Chọn thư mục chứa tệp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="193" />
        <source>Đang nhận tệp…</source>
        <translation>Đang nhận tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="203" />
        <source>Đang kiểm tra {0}…</source>
        <translation>Đang kiểm tra {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="203" />
        <source>Đang nhận {0}…</source>
        <translation>Đang nhận {0}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="235" />
        <source>Đã nhận {0} tệp; {1} tệp không nhận (xem cột «Kết quả»).</source>
        <translation>Đã nhận {0} tệp; {1} tệp không nhận (xem cột «Kết quả»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="242" />
        <source>Đã dừng kiểm tra. Chưa nhận tệp nào.</source>
        <translation>Đã dừng kiểm tra. Chưa nhận tệp nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="244" />
        <source>Đã hủy: chưa nhận tệp nào. Có thể bấm «Nhận … tệp» lại.</source>
        <translation>Đã hủy: chưa nhận tệp nào. Có thể bấm «Nhận … tệp» lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="247" />
        <source>Không làm tiếp được: {0}. Chưa nhận tệp nào.</source>
        <translation>Không làm tiếp được: {0}. Chưa nhận tệp nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="251" />
        <source>Không tìm thấy tệp .xlsx nào.</source>
        <translation>Không tìm thấy tệp .xlsx nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="254" />
        <source>{0} tệp: {1} mới, {2} thay bản cũ, {3} không đổi, {4} từ chối. Chưa lưu gì.</source>
        <translation>{0} tệp: {1} mới, {2} thay bản cũ, {3} không đổi, {4} từ chối. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="270" />
        <source>Nhận {0} tệp</source>
        <translation>Nhận {0} tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/importpage.py" line="292" />
        <source>Chưa đăng ký được khóa</source>
        <translation>Chưa đăng ký được khóa</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="30" />
        <source>Bảng chỉ tiêu: kết quả mới nhất, mục tiêu và đánh giá</source>
        <translation>Bảng chỉ tiêu: kết quả mới nhất, mục tiêu và đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="38" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="38" />
        <source>Kết quả mới nhất</source>
        <translation>Kết quả mới nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="38" />
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="39" />
        <source>Mục tiêu {0}</source>
        <translation>Mục tiêu {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboardlists.py" line="39" />
        <source>Đánh giá</source>
        <translation>Đánh giá</translation>
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
        <translation>Lỗi và cảnh báo của báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="47" />
        <source>Enter: đến chỗ cần sửa; F8, Shift+F8: lỗi sau, lỗi trước</source>
        <translation>Enter: đến chỗ cần sửa; F8, Shift+F8: lỗi sau, lỗi trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="53" />
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="54" />
        <source>Kiểm tra lại toàn bộ báo cáo (F7)</source>
        <translation>Kiểm tra lại toàn bộ báo cáo (F7)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="56" />
        <source>Giải trình…</source>
        <translation>Giải trình…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="57" />
        <source>Ghi lý do cho cảnh báo đang chọn; lời giải trình được lưu cùng số liệu</source>
        <translation>Ghi lý do cho cảnh báo đang chọn; lời giải trình được lưu cùng số liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="85" />
        <source>Đã giải trình: </source>
        <translation>Đã giải trình: </translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="92" />
        <source>Không có lỗi.</source>
        <translation>Không có lỗi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/issuespanel.py" line="94" />
        <source>%n lỗi</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/issuespanel.py" line="94" />
        <source>%n cảnh báo</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="131" />
        <source>Giải trình</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/issuespanel.py" line="131" />
        <source>Lý do (ngắn gọn):</source>
        <translation>Lý do (ngắn gọn):</translation>
    </message>
</context>
<context>
    <name>KindPeriod</name>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="44" />
        <source>Loại báo cáo</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="48" />
        <source>Kỳ báo cáo</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="52" />
        <source>&amp;Loại báo cáo:</source>
        <translation>&amp;Loại báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="52" />
        <source>&amp;Kỳ:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kindperiod.py" line="93" />
        <source>{0} — đã nhận {1} báo cáo</source>
        <translation>{0} — đã nhận {1} báo cáo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="94" />
        <location filename="../desktop/ui/mainwindow.py" line="142" />
        <source>Báo cáo mới</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="100" />
        <source>Chưa mở báo cáo nào.

Bấm «Báo cáo mới» (Ctrl+N) để bắt đầu, hoặc chọn một báo cáo trong danh sách bên trái.</source>
        <translation>Chưa mở báo cáo nào.

Bấm «Báo cáo mới» (Ctrl+N) để bắt đầu, hoặc chọn một báo cáo trong danh sách bên trái.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="113" />
        <location filename="../desktop/ui/mainwindow.py" line="222" />
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="114" />
        <location filename="../desktop/ui/mainwindow.py" line="222" />
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="115" />
        <location filename="../desktop/ui/mainwindow.py" line="223" />
        <source>Nhận báo cáo</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="116" />
        <source>Tình hình nộp</source>
        <translation>Tình hình nộp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="117" />
        <source>Tổng hợp</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="123" />
        <source>CHỈ XEM: một cửa sổ baocao khác đang mở cơ sở dữ liệu này, nên ở đây không sửa hay lưu được. Hãy sửa ở cửa sổ kia; bấm F5 để xem những gì cửa sổ kia vừa lưu, hoặc để sửa ở đây khi cửa sổ kia đã đóng.</source>
        <translation>CHỈ XEM: một cửa sổ baocao khác đang mở cơ sở dữ liệu này, nên ở đây không sửa hay lưu được. Hãy sửa ở cửa sổ kia; bấm F5 để xem những gì cửa sổ kia vừa lưu, hoặc để sửa ở đây khi cửa sổ kia đã đóng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="144" />
        <source>Xem trước / In PDF</source>
        <translation>Xem trước / In PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="145" />
        <source>Xuất PDF nhiều báo cáo…</source>
        <translation>Xuất PDF nhiều báo cáo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="146" />
        <source>Nhân bản báo cáo</source>
        <translation>Nhân bản báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="147" />
        <source>Xóa báo cáo…</source>
        <translation>Xóa báo cáo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="148" />
        <source>Thùng rác…</source>
        <translation>Thùng rác…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="149" />
        <location filename="../desktop/ui/mainwindow.py" line="396" />
        <source>Hoàn tất báo cáo</source>
        <translation>Hoàn tất báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="150" />
        <location filename="../desktop/ui/mainwindow.py" line="423" />
        <source>Lập bản điều chỉnh</source>
        <translation>Lập bản điều chỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="151" />
        <source>Xuất tệp gửi đi (.json)…</source>
        <translation>Xuất tệp gửi đi (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="152" />
        <source>Xuất tệp gửi cấp trên…</source>
        <translation>Xuất tệp gửi cấp trên…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="156" />
        <source>Phiên bản và nhật ký thay đổi…</source>
        <translation>Phiên bản và nhật ký thay đổi…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="157" />
        <source>Lập báo cáo kỳ sau từ báo cáo này</source>
        <translation>Lập báo cáo kỳ sau từ báo cáo này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="158" />
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="159" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="160" />
        <source>Lưu ngay</source>
        <translation>Lưu ngay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="161" />
        <source>Tìm trong báo cáo…</source>
        <translation>Tìm trong báo cáo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="162" />
        <source>Trợ giúp…</source>
        <translation>Trợ giúp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="163" />
        <source>Tải lại</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="164" />
        <source>Sao lưu / Khôi phục…</source>
        <translation>Sao lưu / Khôi phục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="165" />
        <source>Mở tệp báo cáo (.json)…</source>
        <translation>Mở tệp báo cáo (.json)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="167" />
        <source>Đơn vị hành chính…</source>
        <translation>Đơn vị hành chính…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="168" />
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="171" />
        <source>Mở báo cáo mẫu</source>
        <translation>Mở báo cáo mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="187" />
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="188" />
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="194" />
        <source>&amp;Báo cáo</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="195" />
        <source>Kiểm tra lỗi</source>
        <translation>Kiểm tra lỗi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="203" />
        <source>&amp;Cài đặt</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="206" />
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="209" />
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="210" />
        <source>Công cụ</source>
        <translation>Công cụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="219" />
        <source>&amp;Xem</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="223" />
        <source>Tình hình nộp báo cáo</source>
        <translation>Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="224" />
        <source>Tổng hợp báo cáo</source>
        <translation>Tổng hợp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="276" />
        <source>Báo cáo đã gửi</source>
        <translation>Báo cáo đã gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="276" />
        <source>Báo cáo đã hoàn tất</source>
        <translation>Báo cáo đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="277" />
        <source>{0}: nội dung đã khóa, chỉ xem. Muốn sửa, chọn Báo cáo → Lập bản điều chỉnh; bản đã ban hành vẫn được giữ.</source>
        <translation>{0}: nội dung đã khóa, chỉ xem. Muốn sửa, chọn Báo cáo → Lập bản điều chỉnh; bản đã ban hành vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="352" />
        <source>Đã lưu</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="364" />
        <source>Đã lưu lúc {0}</source>
        <translation>Đã lưu lúc {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="368" />
        <source>CHƯA LƯU ĐƯỢC: {0}</source>
        <translation>CHƯA LƯU ĐƯỢC: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="393" />
        <source>Chưa hoàn tất được: xem các mục cần sửa trong danh sách lỗi.</source>
        <translation>Chưa hoàn tất được: xem các mục cần sửa trong danh sách lỗi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="397" />
        <source>Hoàn tất sẽ khóa nội dung báo cáo (số {0}, ngày {1}) và lưu bản PDF ban hành. Muốn sửa sau đó phải lập bản điều chỉnh. Tiếp tục?</source>
        <translation>Hoàn tất sẽ khóa nội dung báo cáo (số {0}, ngày {1}) và lưu bản PDF ban hành. Muốn sửa sau đó phải lập bản điều chỉnh. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="409" />
        <source>Chưa hoàn tất được</source>
        <translation>Chưa hoàn tất được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="413" />
        <source>Đã hoàn tất bản {0}; bản PDF ban hành đã được lưu. Muốn sửa thì lập bản điều chỉnh.</source>
        <translation>Đã hoàn tất bản {0}; bản PDF ban hành đã được lưu. Muốn sửa thì lập bản điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="424" />
        <source>Báo cáo trở lại bản nháp để sửa thành bản điều chỉnh. Bản đã ban hành vẫn được giữ nguyên và xem lại được trong «Phiên bản và nhật ký». Tiếp tục?</source>
        <translation>Báo cáo trở lại bản nháp để sửa thành bản điều chỉnh. Bản đã ban hành vẫn được giữ nguyên và xem lại được trong «Phiên bản và nhật ký». Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="457" />
        <source>Không lập được báo cáo kỳ sau</source>
        <translation>Không lập được báo cáo kỳ sau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="461" />
        <source>Đã lập báo cáo {0} từ báo cáo kỳ trước.</source>
        <translation>Đã lập báo cáo {0} từ báo cáo kỳ trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="466" />
        <source>Báo cáo xã, phường</source>
        <translation>Báo cáo xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="467" />
        <source>chỉ xem</source>
        <translation>chỉ xem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="500" />
        <source>Không tạo được PDF</source>
        <translation>Không tạo được PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="519" />
        <source>Đã tạo báo cáo tổng hợp (bản nháp): viết thêm các phần còn lại, kiểm tra rồi hoàn tất.</source>
        <translation>Đã tạo báo cáo tổng hợp (bản nháp): viết thêm các phần còn lại, kiểm tra rồi hoàn tất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="547" />
        <source>Chưa chọn đơn vị hành chính</source>
        <translation>Chưa chọn đơn vị hành chính</translation>
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
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mainwindow.py" line="563" />
        <source>Những thay đổi cuối chưa lưu được vào cơ sở dữ liệu. Vẫn thoát?</source>
        <translation>Những thay đổi cuối chưa lưu được vào cơ sở dữ liệu. Vẫn thoát?</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="28" />
        <source>Báo cáo mới</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="35" />
        <source>Để &amp;trống</source>
        <translation>Để &amp;trống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="36" />
        <source>&amp;Sao chép từ báo cáo:</source>
        <translation>&amp;Sao chép từ báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="52" />
        <source>&amp;Loại báo cáo:</source>
        <translation>&amp;Loại báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="53" />
        <source>&amp;Kỳ báo cáo:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="57" />
        <source>Bắt đầu từ:</source>
        <translation>Bắt đầu từ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="60" />
        <source>Tạo báo cáo</source>
        <translation>Tạo báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="62" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/newreportdialog.py" line="89" />
        <source>Chưa có báo cáo loại này để sao chép.</source>
        <translation>Chưa có báo cáo loại này để sao chép.</translation>
    </message>
</context>
<context>
    <name>OutcomeDetail</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="178" />
        <source>Đăng ký khóa…</source>
        <translation>Đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="198" />
        <source>Chọn một dòng để xem chi tiết.</source>
        <translation>Chọn một dòng để xem chi tiết.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="200" />
        <source>Bản {0} khác bản đã nhận ở {1} mục:</source>
        <translation>Bản {0} khác bản đã nhận ở {1} mục:</translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="64" />
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="64" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="64" />
        <source>Loại báo cáo</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="64" />
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="65" />
        <source>Bản</source>
        <translation>Bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="65" />
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="65" />
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="72" />
        <source>Các tệp và kết quả kiểm tra</source>
        <translation>Các tệp và kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="85" />
        <source>Đã thay bản cũ</source>
        <translation>Đã thay bản cũ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="85" />
        <source>Thay bản cũ</source>
        <translation>Thay bản cũ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="86" />
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="86" />
        <source>Đã nhận</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="86" />
        <source>Không đổi</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="87" />
        <source>Từ chối</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="94" />
        <source>Đã nhận đúng bản này trước đây; không nhận lại.</source>
        <translation>Đã nhận đúng bản này trước đây; không nhận lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="96" />
        <source>{0} mục khác bản đã nhận (chọn dòng để xem).</source>
        <translation>{0} mục khác bản đã nhận (chọn dòng để xem).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="97" />
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outcomes.py" line="97" />
        <source>Chưa có báo cáo này của đơn vị.</source>
        <translation>Chưa có báo cáo này của đơn vị.</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="71" />
        <source>Các mục của báo cáo</source>
        <translation>Các mục của báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="73" />
        <source>F2: sửa tên mục; Ctrl+Insert: thêm mục; Ctrl+Shift+Insert: thêm mục con; Delete: xóa mục; Ctrl+Up, Ctrl+Down: chuyển mục; Tab: sang nội dung của mục</source>
        <translation>F2: sửa tên mục; Ctrl+Insert: thêm mục; Ctrl+Shift+Insert: thêm mục con; Delete: xóa mục; Ctrl+Up, Ctrl+Down: chuyển mục; Tab: sang nội dung của mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="81" />
        <source>Thêm mục</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="82" />
        <source>Thêm mục con</source>
        <translation>Thêm mục con</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="83" />
        <location filename="../desktop/ui/outlineeditor.py" line="280" />
        <source>Xóa mục</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="84" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="85" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="87" />
        <source>Thêm một mục dưới mục đang chọn (Ctrl+Insert)</source>
        <translation>Thêm một mục dưới mục đang chọn (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="88" />
        <source>Thêm một mục con vào mục đang chọn (Ctrl+Shift+Insert)</source>
        <translation>Thêm một mục con vào mục đang chọn (Ctrl+Shift+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="89" />
        <source>Xóa mục đang chọn (Delete)</source>
        <translation>Xóa mục đang chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="90" />
        <source>Chuyển mục lên trên (Ctrl+Up)</source>
        <translation>Chuyển mục lên trên (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="91" />
        <source>Chuyển mục xuống dưới (Ctrl+Down)</source>
        <translation>Chuyển mục xuống dưới (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="208" />
        <source>Chọn một mục để viết nội dung.</source>
        <translation>Chọn một mục để viết nội dung.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="214" />
        <source>Mỗi đoạn văn một dòng.</source>
        <translation>Mỗi đoạn văn một dòng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="216" />
        <source>Nội dung mục {0} {1}</source>
        <translation>Nội dung mục {0} {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="261" />
        <location filename="../desktop/ui/outlineeditor.py" line="267" />
        <location filename="../desktop/ui/outlineeditor.py" line="269" />
        <source>Mục mới</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outlineeditor.py" line="281" />
        <source>Mục «{0} {1}» đã có nội dung. Xóa cả mục và nội dung? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Mục «{0} {1}» đã có nội dung. Xóa cả mục và nội dung? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../desktop/ui/citypage.py" line="71" />
        <source>{0} — {1} xã, phường</source>
        <translation>{0} — {1} xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/citypage.py" line="73" />
        <source>Cả nước — {0} tỉnh, thành phố</source>
        <translation>Cả nước — {0} tỉnh, thành phố</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../desktop/ui/preview.py" line="47" />
        <source>Xem trước báo cáo</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="58" />
        <source>Các trang của báo cáo sẽ in</source>
        <translation>Các trang của báo cáo sẽ in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="59" />
        <source>Mũi tên, Page Up, Page Down: cuộn trang; Ctrl+S: lưu PDF; Ctrl+P: in</source>
        <translation>Mũi tên, Page Up, Page Down: cuộn trang; Ctrl+S: lưu PDF; Ctrl+P: in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="69" />
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="70" />
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="71" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="93" />
        <source>Lưu tệp PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="94" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="100" />
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="101" />
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Không ghi được tệp {0}: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="147" />
        <location filename="../desktop/ui/preview.py" line="159" />
        <source>Đang in trang {0}/{1}…</source>
        <translation>Đang in trang {0}/{1}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="147" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="149" />
        <source>In báo cáo</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="184" />
        <source>Không mở được máy in đã chọn.</source>
        <translation>Không mở được máy in đã chọn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="186" />
        <source>Việc in dừng lại ở trang {0}/{1}.</source>
        <translation>Việc in dừng lại ở trang {0}/{1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preview.py" line="189" />
        <source>Không in được</source>
        <translation>Không in được</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <location filename="../desktop/ui/receiving.py" line="49" />
        <source>Nhận báo cáo</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="50" />
        <source>Tình hình nộp báo cáo</source>
        <translation>Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="51" />
        <source>Tổng hợp báo cáo</source>
        <translation>Tổng hợp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="52" />
        <source>Phạm vi sử dụng…</source>
        <translation>Phạm vi sử dụng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="54" />
        <source>&amp;Nhận báo cáo</source>
        <translation>&amp;Nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="142" />
        <source>Đã mở báo cáo tổng hợp đã có; không tạo thêm bản mới.</source>
        <translation>Đã mở báo cáo tổng hợp đã có; không tạo thêm bản mới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="172" />
        <source>Máy này dùng cho {0}: nhận báo cáo của các xã, phường (menu «Nhận báo cáo»).</source>
        <translation>Máy này dùng cho {0}: nhận báo cáo của các xã, phường (menu «Nhận báo cáo»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="175" />
        <source>Máy này dùng cho cả nước: nhận báo cáo của các tỉnh, thành phố (menu «Nhận báo cáo»).</source>
        <translation>Máy này dùng cho cả nước: nhận báo cáo của các tỉnh, thành phố (menu «Nhận báo cáo»).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="176" />
        <source>Máy này dùng cho một xã, phường: lập báo cáo và gửi lên cấp trên.</source>
        <translation>Máy này dùng cho một xã, phường: lập báo cáo và gửi lên cấp trên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="182" />
        <source>{0} — nhận báo cáo của các xã, phường</source>
        <translation>{0} — nhận báo cáo của các xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/receiving.py" line="184" />
        <source>Cả nước — nhận báo cáo của các tỉnh, thành phố</source>
        <translation>Cả nước — nhận báo cáo của các tỉnh, thành phố</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="56" />
        <source>Không tạo được báo cáo</source>
        <translation>Không tạo được báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="67" />
        <source>Đã nhân bản «{0}»: bản mới là bản nháp, chưa có số và ngày.</source>
        <translation>Đã nhân bản «{0}»: bản mới là bản nháp, chưa có số và ngày.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="71" />
        <source>Mở tệp báo cáo</source>
        <translation>Mở tệp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="72" />
        <location filename="../desktop/ui/reportactions.py" line="168" />
        <source>Tệp báo cáo (*.json)</source>
        <translation>Tệp báo cáo (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="82" />
        <source>Không mở được tệp</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="95" />
        <source>Báo cáo đã có</source>
        <translation>Báo cáo đã có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="96" />
        <source>Báo cáo này đã có trong danh sách ({0}). Mở báo cáo đã có hay thêm một bản mới?</source>
        <translation>Báo cáo này đã có trong danh sách ({0}). Mở báo cáo đã có hay thêm một bản mới?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="98" />
        <source>Mở báo cáo đã có</source>
        <translation>Mở báo cáo đã có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="99" />
        <source>Thêm bản mới</source>
        <translation>Thêm bản mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="100" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="132" />
        <source>Xóa báo cáo</source>
        <translation>Xóa báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="133" />
        <source>Chuyển báo cáo «{0}» vào thùng rác? Có thể khôi phục lại ở Tệp → Thùng rác.</source>
        <translation>Chuyển báo cáo «{0}» vào thùng rác? Có thể khôi phục lại ở Tệp → Thùng rác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="139" />
        <source>Không xóa được</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="144" />
        <source>Đã chuyển «{0}» vào thùng rác (Tệp → Thùng rác… để khôi phục).</source>
        <translation>Đã chuyển «{0}» vào thùng rác (Tệp → Thùng rác… để khôi phục).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="159" />
        <source>Đã khôi phục «{0}».</source>
        <translation>Đã khôi phục «{0}».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="167" />
        <source>Xuất tệp gửi đi</source>
        <translation>Xuất tệp gửi đi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="174" />
        <source>Không ghi được tệp</source>
        <translation>Không ghi được tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="178" />
        <source>Đã xuất tệp và đánh dấu báo cáo đã gửi.</source>
        <translation>Đã xuất tệp và đánh dấu báo cáo đã gửi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportactions.py" line="180" />
        <source>Đã xuất tệp (bản nháp, chưa hoàn tất).</source>
        <translation>Đã xuất tệp (bản nháp, chưa hoàn tất).</translation>
    </message>
</context>
<context>
    <name>ReportBrowser</name>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="170" />
        <source>Tìm theo tên, số, kỳ, loại báo cáo…</source>
        <translation>Tìm theo tên, số, kỳ, loại báo cáo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="172" />
        <source>Tìm báo cáo</source>
        <translation>Tìm báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="173" />
        <source>Loại báo cáo</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="173" />
        <source>Mọi loại báo cáo</source>
        <translation>Mọi loại báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="175" />
        <source>Kỳ báo cáo</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="175" />
        <source>Mọi kỳ</source>
        <translation>Mọi kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="177" />
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="177" />
        <source>Mọi trạng thái</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="278" />
        <source>{0} báo cáo</source>
        <translation>{0} báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="280" />
        <source>{0} / {1} báo cáo</source>
        <translation>{0} / {1} báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="309" />
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="310" />
        <source>Nhân bản báo cáo</source>
        <translation>Nhân bản báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="311" />
        <source>Xóa báo cáo…</source>
        <translation>Xóa báo cáo…</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../desktop/ui/reportform.py" line="85" />
        <source>Thông tin văn bản</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="86" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="87" />
        <source>Nơi nhận, người ký</source>
        <translation>Nơi nhận, người ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="215" />
        <source>Chưa hoàn tất được: hãy sửa {0} mục dưới đây (bấm đúp để đến chỗ cần sửa), rồi chọn lại Hoàn tất.</source>
        <translation>Chưa hoàn tất được: hãy sửa {0} mục dưới đây (bấm đúp để đến chỗ cần sửa), rồi chọn lại Hoàn tất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="80" />
        <source>Các trang của báo cáo</source>
        <translation>Các trang của báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportform.py" line="81" />
        <source>Ctrl+Page Down, Ctrl+Page Up: trang sau, trang trước</source>
        <translation>Ctrl+Page Down, Ctrl+Page Up: trang sau, trang trước</translation>
    </message>
</context>
<context>
    <name>ReportList</name>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="36" />
        <location filename="../desktop/ui/reportlist.py" line="178" />
        <source>bản nháp</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="36" />
        <location filename="../desktop/ui/reportlist.py" line="178" />
        <source>đã hoàn tất</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="37" />
        <location filename="../desktop/ui/reportlist.py" line="179" />
        <source>đã gửi</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reportlist.py" line="39" />
        <source>bản điều chỉnh lần {0}, đang sửa</source>
        <translation>bản điều chỉnh lần {0}, đang sửa</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="41" />
        <source>Phạm vi sử dụng</source>
        <translation>Phạm vi sử dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="42" />
        <source>Một xã, phường, đặc khu: lập báo cáo và gửi lên cấp trên</source>
        <translation>Một xã, phường, đặc khu: lập báo cáo và gửi lên cấp trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="43" />
        <source>Một tỉnh, thành phố: nhận báo cáo của các xã, phường, xem đơn vị nào đã nộp</source>
        <translation>Một tỉnh, thành phố: nhận báo cáo của các xã, phường, xem đơn vị nào đã nộp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="45" />
        <source>Cả nước: nhận báo cáo của các tỉnh, thành phố</source>
        <translation>Cả nước: nhận báo cáo của các tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="50" />
        <source>Tỉnh, thành phố nhận báo cáo</source>
        <translation>Tỉnh, thành phố nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="63" />
        <source>Máy này dùng cho</source>
        <translation>Máy này dùng cho</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="74" />
        <source>Dấu vân tay khóa ký của máy này</source>
        <translation>Dấu vân tay khóa ký của máy này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="75" />
        <source>(chưa có: cửa sổ này chỉ để xem)</source>
        <translation>(chưa có: cửa sổ này chỉ để xem)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="78" />
        <source>Dấu vân tay khóa ký</source>
        <translation>Dấu vân tay khóa ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="79" />
        <source>Mọi tệp gửi lên cấp trên đều được ký bằng khóa của máy này. Lần gửi đầu tiên, hãy gọi điện cho cán bộ nhận báo cáo ở cấp trên và đọc dãy ký tự trên (chữ số 0-9 và chữ cái A-F) để họ đối chiếu rồi đăng ký khóa. Không gửi dãy này qua thư điện tử hay tin nhắn.</source>
        <translation>Mọi tệp gửi lên cấp trên đều được ký bằng khóa của máy này. Lần gửi đầu tiên, hãy gọi điện cho cán bộ nhận báo cáo ở cấp trên và đọc dãy ký tự trên (chữ số 0-9 và chữ cái A-F) để họ đối chiếu rồi đăng ký khóa. Không gửi dãy này qua thư điện tử hay tin nhắn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="91" />
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/scopedialog.py" line="92" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../desktop/ui/screens.py" line="27" />
        <source>Các màn hình</source>
        <translation>Các màn hình</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="184" />
        <source>Bảng số liệu</source>
        <translation>Bảng số liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="186" />
        <source>Tab, Enter: sang ô sau; F2: sửa ô; Ctrl+V: dán từ Excel; Ctrl+Insert: thêm dòng; Ctrl+Delete: xóa dòng; Ctrl+Page Down: sang trang sau</source>
        <translation>Tab, Enter: sang ô sau; F2: sửa ô; Ctrl+V: dán từ Excel; Ctrl+Insert: thêm dòng; Ctrl+Delete: xóa dòng; Ctrl+Page Down: sang trang sau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="200" />
        <source>Giá trị không nhận được</source>
        <translation>Giá trị không nhận được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="221" />
        <source>Thêm dòng</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="222" />
        <source>Thêm một dòng dưới dòng đang chọn (Ctrl+Insert)</source>
        <translation>Thêm một dòng dưới dòng đang chọn (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="224" />
        <source>Thêm nhóm</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="225" />
        <source>Thêm một dòng nhóm (I, II, …) in đậm (Ctrl+Shift+Insert)</source>
        <translation>Thêm một dòng nhóm (I, II, …) in đậm (Ctrl+Shift+Insert)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="227" />
        <location filename="../desktop/ui/tableeditor.py" line="257" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="228" />
        <source>Xóa dòng đang chọn (Ctrl+Delete)</source>
        <translation>Xóa dòng đang chọn (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tableeditor.py" line="258" />
        <source>Dòng «{0}» có sẵn trong mẫu báo cáo (cấp trên tổng hợp theo dòng này). Vẫn xóa? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Dòng «{0}» có sẵn trong mẫu báo cáo (cấp trên tổng hợp theo dòng này). Vẫn xóa? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="128" />
        <source>Giải trình: </source>
        <translation>Giải trình: </translation>
    </message>
    <message>
        <location filename="../desktop/ui/tablemodel.py" line="145" />
        <source>Chưa nhận {0}: {1}. Ô vẫn giữ giá trị cũ; hãy gõ lại.</source>
        <translation>Chưa nhận {0}: {1}. Ô vẫn giữ giá trị cũ; hãy gõ lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tablemodel.py" line="170" />
        <source>%n ô không dán được, các ô đó giữ giá trị cũ. Ô đầu tiên, {0}: {1}.</source>
        <translation>
            <numerusform>%n ô không dán được, các ô đó giữ giá trị cũ. Ô đầu tiên, {0}: {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="124" />
        <source>Chưa triển khai</source>
        <translation>Chưa triển khai</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="125" />
        <source>Đang thực hiện trong hạn</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="126" />
        <source>Đang thực hiện quá hạn</source>
        <translation>Đang thực hiện quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="127" />
        <source>Hoàn thành đúng hạn</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="128" />
        <source>Hoàn thành quá hạn</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="128" />
        <source>Chưa điền</source>
        <translation>Chưa điền</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="134" />
        <source>Số liệu của từng đơn vị ở dòng đã chọn</source>
        <translation>Số liệu của từng đơn vị ở dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="153" />
        <source>Cách tổng hợp</source>
        <translation>Cách tổng hợp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="153" />
        <location filename="../desktop/ui/consolidatedfigures.py" line="202" />
        <source>Tỷ lệ</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="154" />
        <source>Đơn vị có số liệu</source>
        <translation>Đơn vị có số liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="154" />
        <source>Chưa có</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="155" />
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="155" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="160" />
        <source>Số liệu tổng hợp: {0}</source>
        <translation>Số liệu tổng hợp: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="172" />
        <source>Cộng</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="172" />
        <source>Tỷ lệ của tổng</source>
        <translation>Tỷ lệ của tổng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="172" />
        <source>Không cộng</source>
        <translation>Không cộng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="173" />
        <source>Đếm</source>
        <translation>Đếm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="202" />
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="203" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="228" />
        <source>Chọn một dòng để xem số liệu của từng đơn vị.</source>
        <translation>Chọn một dòng để xem số liệu của từng đơn vị.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="229" />
        <source>«{0}»: {1} đơn vị có số liệu.</source>
        <translation>«{0}»: {1} đơn vị có số liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consolidatedfigures.py" line="234" />
        <source>Chưa có số liệu ({0}): {1}.</source>
        <translation>Chưa có số liệu ({0}): {1}.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="43" />
        <source>Thùng rác</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="47" />
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="47" />
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="47" />
        <source>Xóa lúc</source>
        <translation>Xóa lúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="59" />
        <source>&amp;Khôi phục</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="61" />
        <source>&amp;Xóa vĩnh viễn…</source>
        <translation>&amp;Xóa vĩnh viễn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="68" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="76" />
        <source>Báo cáo đã xóa vẫn nằm ở đây, đủ nội dung, các bản đã ban hành và nhật ký thay đổi, cho đến khi được khôi phục hoặc xóa vĩnh viễn.</source>
        <translation>Báo cáo đã xóa vẫn nằm ở đây, đủ nội dung, các bản đã ban hành và nhật ký thay đổi, cho đến khi được khôi phục hoặc xóa vĩnh viễn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="106" />
        <source>Thùng rác trống.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="108" />
        <source>Báo cáo này đã ban hành nên được giữ lại; chỉ khôi phục được.</source>
        <translation>Báo cáo này đã ban hành nên được giữ lại; chỉ khôi phục được.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="122" />
        <source>Xóa vĩnh viễn</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="123" />
        <source>Xóa vĩnh viễn báo cáo «{0}»? Không thể khôi phục lại.</source>
        <translation>Xóa vĩnh viễn báo cáo «{0}»? Không thể khôi phục lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trashdialog.py" line="133" />
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="36" />
        <source>Đơn vị hành chính</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="38" />
        <source>Chọn tỉnh, thành phố</source>
        <translation>Chọn tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="42" />
        <source>Gõ tên để tìm trong cả nước, ví dụ: Trần Liễu</source>
        <translation>Gõ tên để tìm trong cả nước, ví dụ: Trần Liễu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="46" />
        <source>Xã, phường, đặc khu</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="47" />
        <source>Mũi tên lên, xuống để chọn; Enter để nhận</source>
        <translation>Mũi tên lên, xuống để chọn; Enter để nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="55" />
        <source>Chọn</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="56" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="74" />
        <source>&amp;Tỉnh, thành phố:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="75" />
        <source>Tìm &amp;xã, phường:</source>
        <translation>Tìm &amp;xã, phường:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="79" />
        <source>Chọn đơn vị ban hành báo cáo theo danh mục đơn vị hành chính sau sắp xếp năm 2025.</source>
        <translation>Chọn đơn vị ban hành báo cáo theo danh mục đơn vị hành chính sau sắp xếp năm 2025.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="85" />
        <source>Địa danh ghi ở dòng ngày tháng:</source>
        <translation>Địa danh ghi ở dòng ngày tháng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="174" />
        <source>Tên riêng</source>
        <translation>Tên riêng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="175" />
        <source>Tên đầy đủ</source>
        <translation>Tên đầy đủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="178" />
        <source>«{0}» (như các báo cáo mẫu)</source>
        <translation>«{0}» (như các báo cáo mẫu)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unitdialog.py" line="179" />
        <source>«{0}» (cách viết đầy đủ)</source>
        <translation>«{0}» (cách viết đầy đủ)</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="95" />
        <source>Phiên bản và nhật ký thay đổi</source>
        <translation>Phiên bản và nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="97" />
        <source>Các trang của cửa sổ</source>
        <translation>Các trang của cửa sổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="98" />
        <location filename="../desktop/ui/versionsdialog.py" line="113" />
        <source>Các bản đã ban hành</source>
        <translation>Các bản đã ban hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="99" />
        <source>Nhật ký thay đổi</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="101" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="109" />
        <source>đã hoàn tất</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="109" />
        <source>đã gửi</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="111" />
        <source>Bản</source>
        <translation>Bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="111" />
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="111" />
        <source>Hoàn tất lúc</source>
        <translation>Hoàn tất lúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="112" />
        <source>Gửi lúc</source>
        <translation>Gửi lúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="112" />
        <source>Mã kiểm tra SHA-256 của PDF</source>
        <translation>Mã kiểm tra SHA-256 của PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="114" />
        <source>{0} (điều chỉnh)</source>
        <translation>{0} (điều chỉnh)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="118" />
        <source>Lưu PDF đã ban hành…</source>
        <translation>Lưu PDF đã ban hành…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="120" />
        <source>So sánh với bản hiện tại</source>
        <translation>So sánh với bản hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="122" />
        <location filename="../desktop/ui/versionsdialog.py" line="146" />
        <source>Mục</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="122" />
        <location filename="../desktop/ui/versionsdialog.py" line="146" />
        <source>Giá trị cũ</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="122" />
        <location filename="../desktop/ui/versionsdialog.py" line="146" />
        <source>Giá trị mới</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="123" />
        <source>Những mục khác bản hiện tại</source>
        <translation>Những mục khác bản hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="124" />
        <source>Chọn một bản rồi bấm «So sánh» để xem những gì đã thay đổi.</source>
        <translation>Chọn một bản rồi bấm «So sánh» để xem những gì đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="134" />
        <source>Báo cáo này chưa được hoàn tất lần nào.</source>
        <translation>Báo cáo này chưa được hoàn tất lần nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="146" />
        <source>Lúc</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="147" />
        <source>Nhật ký thay đổi, mới nhất ở trên</source>
        <translation>Nhật ký thay đổi, mới nhất ở trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="148" />
        <source>(xóa báo cáo)</source>
        <translation>(xóa báo cáo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="154" />
        <source>(xóa rồi hoàn tác)</source>
        <translation>(xóa rồi hoàn tác)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="160" />
        <source>Mọi thay đổi đã lưu, mới nhất ở trên.</source>
        <translation>Mọi thay đổi đã lưu, mới nhất ở trên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="184" />
        <source>Không so sánh được</source>
        <translation>Không so sánh được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="186" />
        <source>Bản {0} → bản hiện tại: {1} mục thay đổi.</source>
        <translation>Bản {0} → bản hiện tại: {1} mục thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="196" />
        <source>Không mở được bản đã ban hành</source>
        <translation>Không mở được bản đã ban hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="198" />
        <source>Lưu PDF đã ban hành</source>
        <translation>Lưu PDF đã ban hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/versionsdialog.py" line="200" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../desktop/ui/worker.py" line="155" />
        <source>Lỗi phần mềm khi đang làm việc: {0}</source>
        <translation>Lỗi phần mềm khi đang làm việc: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/ui/app.py" line="98" />
        <location filename="../desktop/ui/dailybackup.py" line="68" />
        <source>Chưa tự động sao lưu được: {0}</source>
        <translation>Chưa tự động sao lưu được: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="160" />
        <source>Một cửa sổ baocao khác đang mở cơ sở dữ liệu này:
{0}

Cửa sổ này chỉ để xem, không lưu được thay đổi. Hãy sửa báo cáo ở cửa sổ kia.</source>
        <translation>Một cửa sổ baocao khác đang mở cơ sở dữ liệu này:
{0}

Cửa sổ này chỉ để xem, không lưu được thay đổi. Hãy sửa báo cáo ở cửa sổ kia.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="16" />
        <source>Phần mềm gặp lỗi và đã dừng việc vừa làm; những gì đã lưu vẫn còn nguyên. Chi tiết lỗi đã ghi vào tệp {0}: hãy gửi tệp này cho người hỗ trợ.</source>
        <translation>Phần mềm gặp lỗi và đã dừng việc vừa làm; những gì đã lưu vẫn còn nguyên. Chi tiết lỗi đã ghi vào tệp {0}: hãy gửi tệp này cho người hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="31" />
        <source>Lỗi phần mềm</source>
        <translation>Lỗi phần mềm</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../desktop/ui/editors.py" line="23" />
        <source>Đã bỏ {0} ký tự điều khiển (không in được, thường đi theo khi dán từ nơi khác).</source>
        <translation>Đã bỏ {0} ký tự điều khiển (không in được, thường đi theo khi dán từ nơi khác).</translation>
    </message>
</context>
</TS>