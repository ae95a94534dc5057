"""Original demo content for the news portal of HĐND thành phố Minh Giang.

Everything here is fictional and was written for this project: the city of
Minh Giang, its wards and communes, every person, figure and resolution number.
Pure data (no Django imports); ``news`` management commands turn it into rows.

Run ``python -m news.demo_content`` (or call :func:`validate`) to self-check.
"""

import re
import unicodedata

OFFICE_NAME = "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang"

SCENES = ("hall", "meeting", "field", "voters", "document", "construction", "river")

CATEGORIES = [
    {
        "name": "Thông tin hoạt động HĐND",
        "slug": "thong-tin-hoat-dong-hdnd",
        "order": 1,
        "description": (
            "Tin về hoạt động của Thường trực HĐND, các ban, tổ đại biểu và Văn phòng: phiên họp "
            "thường kỳ, hội nghị, bồi dưỡng đại biểu, chuyển đổi số."
        ),
    },
    {
        "name": "Kỳ họp",
        "slug": "ky-hop",
        "order": 2,
        "description": (
            "Tin, bài về các kỳ họp thường lệ và kỳ họp chuyên đề của HĐND thành phố: khai mạc, "
            "thảo luận, biểu quyết và bế mạc."
        ),
    },
    {
        "name": "Giám sát",
        "slug": "giam-sat",
        "order": 3,
        "description": (
            "Hoạt động giám sát chuyên đề, khảo sát thực tế của Thường trực HĐND, các ban và đại "
            "biểu HĐND thành phố."
        ),
    },
    {
        "name": "Tiếp xúc cử tri",
        "slug": "tiep-xuc-cu-tri",
        "order": 4,
        "description": (
            "Ý kiến, kiến nghị của cử tri tại các buổi tiếp xúc trước và sau kỳ họp cùng kết quả "
            "trả lời của cơ quan có thẩm quyền."
        ),
    },
    {
        "name": "Nghị quyết HĐND",
        "slug": "nghi-quyet-hdnd",
        "order": 5,
        "description": (
            "Nội dung chính của các nghị quyết do HĐND thành phố ban hành và những điểm mới người "
            "dân cần biết."
        ),
    },
    {
        "name": "Chất vấn và trả lời chất vấn",
        "slug": "chat-van-va-tra-loi-chat-van",
        "order": 6,
        "description": (
            "Diễn biến các phiên chất vấn tại kỳ họp và tại phiên họp Thường trực HĐND, cam kết "
            "của người trả lời chất vấn."
        ),
    },
    {
        "name": "Tiếp công dân",
        "slug": "tiep-cong-dan",
        "order": 7,
        "description": (
            "Hoạt động tiếp công dân, xử lý đơn thư và giám sát việc giải quyết khiếu nại, tố cáo."
        ),
    },
]

ARTICLES = [
    {
        "title": (
            "Từ hôm nay, 14 tổ đại biểu HĐND thành phố tiếp xúc cử tri sau Kỳ họp thứ Mười hai"
        ),
        "slug": "tu-hom-nay-14-to-dai-bieu-hdnd-thanh-pho-tiep-xuc-cu-tri-sau-ky-hop-thu-muoi-hai",
        "category": "tiep-xuc-cu-tri",
        "sapo": (
            "Ngay sau khi Kỳ họp thứ Mười hai bế mạc, các tổ đại biểu HĐND thành phố Minh Giang "
            "bắt đầu đợt tiếp xúc cử tri tại 14 đơn vị bầu cử để thông tin kết quả kỳ họp, các "
            "nghị quyết đã thông qua và những cam kết của UBND thành phố tại phiên chất vấn."
        ),
        "body": """\
<p>Theo kế hoạch của Thường trực HĐND thành phố, đợt tiếp xúc cử tri sau kỳ họp diễn ra
trong hai tuần, với 38 hội nghị tại các phường, xã. Thường trực HĐND thành phố phối hợp với
Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố tổ chức, bảo đảm mỗi đại biểu
tham dự ít nhất hai buổi tiếp xúc tại đơn vị bầu cử nơi mình ứng cử.</p>
<h2>Báo cáo cử tri bằng kết quả cụ thể</h2>
<p>Tại các hội nghị, đại biểu sẽ thông tin tới cử tri kết quả Kỳ họp thứ Mười hai, trong đó
có 19 nghị quyết được thông qua; kết quả giải quyết các kiến nghị cử tri gửi tới kỳ họp;
những cam kết của Giám đốc Sở Xây dựng về xử lý 14 điểm ngập thường xuyên và của Giám đốc Sở
Giáo dục và Đào tạo về việc đưa vào sử dụng ít nhất 120 phòng học mới trước năm học mới.</p>
<p>Thường trực HĐND đề nghị các tổ đại biểu không đọc lại toàn văn báo cáo mà tập trung vào
những nội dung gắn với địa bàn: dự án nào được bố trí vốn, khi nào khởi công, cơ quan nào
chịu trách nhiệm. Với các kiến nghị đã được trả lời, đại biểu thông tin rõ kết quả; kiến
nghị chưa giải quyết xong phải nêu lý do và thời hạn dự kiến.</p>
<h2>Lịch tiếp xúc trong hai ngày đầu</h2>
<table>
<thead><tr><th>Thời gian</th><th>Tổ đại biểu</th><th>Địa điểm</th></tr></thead>
<tbody>
<tr><td>Sáng hôm nay</td><td>Đơn vị bầu cử số 3</td><td>Hội trường UBND phường Cầu Đá</td></tr>
<tr><td>Chiều hôm nay</td><td>Đơn vị bầu cử số 7</td><td>Nhà văn hóa ấp Rạch Vông, xã An Phú Thượng</td></tr>
<tr><td>Tối hôm nay</td><td>Đơn vị bầu cử số 5</td><td>Nhà văn hóa khu phố 7, phường Ngọc Thạch</td></tr>
<tr><td>Sáng mai</td><td>Đơn vị bầu cử số 1</td><td>Hội trường UBND phường Đông Lạc</td></tr>
<tr><td>Chiều mai</td><td>Đơn vị bầu cử số 9</td><td>Hội trường UBND xã Tân Lập Hạ</td></tr>
<tr><td>Tối mai</td><td>Đơn vị bầu cử số 3</td><td>Nhà văn hóa khu phố 2, phường Tân Hòa</td></tr>
</tbody>
</table>
<p>Lịch chi tiết của các tổ đại biểu còn lại được niêm yết tại trụ sở UBND các phường, xã,
nhà văn hóa khu phố, ấp và cập nhật trên cổng thông tin của HĐND thành phố.</p>
<h2>Mở rộng đối tượng và hình thức tiếp xúc</h2>
<p>Bên cạnh tiếp xúc cử tri nơi cư trú, đợt này có 6 hội nghị tiếp xúc theo chuyên đề với
công nhân các khu công nghiệp, giáo viên mầm non, hộ kinh doanh và đoàn viên thanh niên. Tại
một số phường, hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến để cử tri
bận công việc vẫn có thể theo dõi và gửi câu hỏi.</p>
<blockquote><p>“Tiếp xúc cử tri sau kỳ họp là dịp để đại biểu trả lời câu hỏi mà cử tri đã
gửi gắm trước kỳ họp: ý kiến của bà con đã được nêu ra như thế nào và được giải quyết đến
đâu”, Chánh Văn phòng Đoàn ĐBQH và HĐND thành phố Lý Hoàng Nam cho biết.</p></blockquote>
<p>Cử tri không có điều kiện dự hội nghị có thể gửi ý kiến, kiến nghị qua hộp thư góp ý tại
trụ sở UBND phường, xã, qua đường dây nóng của Văn phòng hoặc chuyên mục tiếp nhận ý kiến cử
tri trên cổng thông tin này. Mọi ý kiến đều được tổng hợp, chuyển đến cơ quan có thẩm quyền
và theo dõi kết quả trên ứng dụng “HĐND số”.</p>
""",
        "byline": "Văn phòng HĐND thành phố",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 0,
        "hour": 6,
        "minute": 30,
        "is_featured": False,
        "cover_caption": (
            "Một buổi tiếp xúc cử tri của Tổ đại biểu HĐND thành phố tại nhà văn hóa khu phố."
        ),
        "cover_alt": (
            "Minh họa nhà văn hóa khu phố, cử tri ngồi thành nhiều hàng ghế hướng về bàn của tổ "
            "đại biểu đặt trước phông đỏ"
        ),
        "scene": "voters",
    },
    {
        "title": (
            "Bế mạc Kỳ họp thứ Mười hai, HĐND thành phố Minh Giang thông qua 19 nghị quyết quan "
            "trọng"
        ),
        "slug": (
            "be-mac-ky-hop-thu-muoi-hai-hdnd-thanh-pho-minh-giang-thong-qua-19-nghi-quyet-quan-trong"
        ),
        "category": "ky-hop",
        "sapo": (
            "Sau năm ngày làm việc khẩn trương, nghiêm túc, chiều nay Kỳ họp thứ Mười hai, HĐND "
            "thành phố Minh Giang khóa XI đã bế mạc. Các đại biểu thống nhất thông qua 19 nghị "
            "quyết, trong đó có dự toán ngân sách năm tới, kế hoạch đầu tư công và nhiều chính "
            "sách an sinh xã hội."
        ),
        "body": """\
<p>Chiều nay, tại Hội trường Trung tâm Hội nghị thành phố, Kỳ họp thứ Mười hai, HĐND thành
phố Minh Giang khóa XI đã bế mạc sau năm ngày làm việc. Chủ tịch HĐND thành phố Nguyễn Thị
Thanh Hà chủ trì phiên bế mạc. Tham dự có đại diện lãnh đạo Thành ủy, UBND thành phố, Ủy ban
Mặt trận Tổ quốc Việt Nam thành phố, lãnh đạo các sở, ngành và Thường trực HĐND các phường,
xã.</p>
<h2>Thảo luận thẳng thắn, bám sát những vấn đề cử tri quan tâm</h2>
<p>Theo báo cáo của Thường trực HĐND thành phố, kỳ họp có 58/61 đại biểu tham dự. Trong các
phiên thảo luận ở tổ và tại hội trường có 47 lượt ý kiến phát biểu và 12 lượt tranh luận.
Phiên chất vấn diễn ra trong một ngày rưỡi với 26 lượt đại biểu đặt câu hỏi cho 6 thành viên
UBND thành phố, tập trung vào hai nhóm vấn đề: tình trạng ngập úng đô thị trong mùa mưa và
việc bảo đảm chỗ học cho học sinh ở các phường đông dân cư.</p>
<p>Phát biểu bế mạc, Chủ tịch HĐND thành phố Nguyễn Thị Thanh Hà đánh giá các đại biểu đã
nghiên cứu kỹ tài liệu, nêu nhiều ý kiến xác đáng, phản ánh đúng những băn khoăn của cử tri.
Nhiều câu hỏi chất vấn ngắn gọn, đi thẳng vào trách nhiệm của cơ quan quản lý; phần trả lời
của các thành viên UBND thành phố nhìn chung cầu thị, có lộ trình và cam kết cụ thể.</p>
<blockquote><p>“Nghị quyết chỉ thực sự có ý nghĩa khi đi vào cuộc sống. Thường trực HĐND,
các ban và từng đại biểu sẽ theo dõi đến cùng việc thực hiện những cam kết đã nêu tại kỳ họp
này và báo cáo lại với cử tri”, Chủ tịch HĐND thành phố nhấn mạnh.</p></blockquote>
<h2>19 nghị quyết được thông qua</h2>
<p>Tại phiên bế mạc, HĐND thành phố đã biểu quyết thông qua 19 nghị quyết, trong đó có 7
nghị quyết quy phạm pháp luật. Đáng chú ý là các nghị quyết về:</p>
<ul>
<li>dự toán thu, chi ngân sách địa phương và phương án phân bổ ngân sách cấp thành phố năm
tới;</li>
<li>kế hoạch đầu tư công năm tới, ưu tiên các công trình chống ngập, trường học và nước sạch
nông thôn;</li>
<li>mức hỗ trợ hằng tháng cho người cao tuổi, người khuyết tật có hoàn cảnh đặc biệt khó
khăn;</li>
<li>chương trình giám sát của HĐND thành phố năm tới;</li>
<li>kết quả chất vấn và trả lời chất vấn tại kỳ họp.</li>
</ul>
<p>Nghị quyết về chất vấn yêu cầu UBND thành phố hoàn thành nạo vét 42 km kênh, mương thoát
nước trước mùa mưa năm tới và đưa vào sử dụng ít nhất 120 phòng học mới tại các phường Cầu
Đá, Tân Hòa, Hồ Sen trước khi năm học mới bắt đầu. Kết quả thực hiện sẽ được báo cáo tại kỳ
họp thường lệ giữa năm.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Quang cảnh hội trường với đoàn chủ tọa phía trên và các dãy ghế đại biểu"><figcaption>Các đại biểu biểu quyết thông qua nghị quyết tại phiên bế mạc.</figcaption></figure>
<h2>Tăng cường giám sát sau kỳ họp</h2>
<p>Thay mặt UBND thành phố, Chủ tịch UBND thành phố Phạm Đức Long tiếp thu các ý kiến của
đại biểu và khẳng định sẽ ban hành kế hoạch triển khai các nghị quyết ngay trong tháng đầu
năm. UBND thành phố sẽ giao chỉ tiêu cụ thể cho từng sở, ngành, địa phương; định kỳ hằng quý
báo cáo Thường trực HĐND về tiến độ giải ngân vốn đầu tư công và việc thực hiện các cam kết
tại phiên chất vấn.</p>
<p>Kỳ họp bế mạc trong không khí trang nghiêm sau nghi thức chào cờ. Từ ngày mai, các tổ đại
biểu HĐND thành phố sẽ tiếp xúc cử tri tại 14 đơn vị bầu cử để thông tin kết quả kỳ họp và
tiếp tục lắng nghe ý kiến, kiến nghị của Nhân dân.</p>
""",
        "byline": "Tin, ảnh: Minh Châu",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 1,
        "hour": 17,
        "minute": 40,
        "is_featured": True,
        "cover_caption": (
            "Trụ sở HĐND và UBND thành phố Minh Giang trong ngày bế mạc Kỳ họp thứ Mười hai."
        ),
        "cover_alt": (
            "Minh họa tòa nhà trụ sở có hàng cột, bậc thềm rộng, cờ đỏ sao vàng tung bay trước sân"
        ),
        "scene": "hall",
    },
    {
        "title": (
            "Thông qua dự toán ngân sách năm tới: tổng chi ngân sách địa phương gần 29.900 tỷ đồng"
        ),
        "slug": (
            "thong-qua-du-toan-ngan-sach-nam-toi-tong-chi-ngan-sach-dia-phuong-gan-29-900-ty-dong"
        ),
        "category": "nghi-quyet-hdnd",
        "sapo": (
            "Với 57/57 đại biểu có mặt tán thành, HĐND thành phố Minh Giang đã thông qua nghị "
            "quyết về dự toán thu ngân sách nhà nước trên địa bàn, chi ngân sách địa phương và "
            "phương án phân bổ ngân sách cấp thành phố năm tới. Chi đầu tư phát triển chiếm hơn "
            "37% tổng chi."
        ),
        "body": """\
<p>Sáng nay, trong ngày làm việc thứ tư của Kỳ họp thứ Mười hai, HĐND thành phố Minh Giang
khóa XI đã biểu quyết thông qua Nghị quyết số 61/NQ-HĐND về dự toán ngân sách năm tới. Nghị
quyết nhận được sự tán thành của 57/57 đại biểu có mặt, bằng 93,4% tổng số đại biểu HĐND
thành phố.</p>
<h2>Thu ngân sách tăng 8,6% so với ước thực hiện năm nay</h2>
<p>Theo nghị quyết, tổng thu ngân sách nhà nước trên địa bàn thành phố năm tới là 38.450 tỷ
đồng, tăng 8,6% so với ước thực hiện năm nay. Trong đó, thu nội địa 31.620 tỷ đồng; thu từ
hoạt động xuất khẩu, nhập khẩu 6.830 tỷ đồng. Tổng chi ngân sách địa phương là 29.870 tỷ
đồng, được phân bổ như sau:</p>
<table>
<thead><tr><th>Nội dung chi</th><th>Dự toán (tỷ đồng)</th><th>Tỷ trọng</th></tr></thead>
<tbody>
<tr><td>Chi đầu tư phát triển</td><td>11.240</td><td>37,6%</td></tr>
<tr><td>Chi thường xuyên</td><td>16.905</td><td>56,6%</td></tr>
<tr><td>Chi trả lãi, phí các khoản vay</td><td>86</td><td>0,3%</td></tr>
<tr><td>Dự phòng ngân sách</td><td>598</td><td>2,0%</td></tr>
<tr><td>Chi tạo nguồn cải cách tiền lương</td><td>1.041</td><td>3,5%</td></tr>
<tr><td><strong>Tổng chi ngân sách địa phương</strong></td><td><strong>29.870</strong></td><td><strong>100%</strong></td></tr>
</tbody>
</table>
<p>Trong chi thường xuyên, lĩnh vực giáo dục – đào tạo và dạy nghề được bố trí 5.780 tỷ
đồng, chiếm tỷ trọng lớn nhất; y tế, dân số và gia đình 1.460 tỷ đồng; bảo đảm xã hội 930 tỷ
đồng; khoa học, công nghệ và chuyển đổi số 214 tỷ đồng, tăng gần 30% so với dự toán năm
nay.</p>
<h2>Thận trọng với nguồn thu từ đất</h2>
<p>Trình bày báo cáo thẩm tra, Trưởng Ban Kinh tế – Ngân sách HĐND thành phố Bùi Thị Mai
Phương cho biết dự toán thu tiền sử dụng đất năm tới là 7.200 tỷ đồng, phụ thuộc nhiều vào
tiến độ đấu giá các khu đất đã có phương án. Ban đề nghị UBND thành phố chỉ phân bổ vốn từ
nguồn này cho dự án mới khi nguồn thu thực tế đã bảo đảm, tránh tình trạng dự án chờ vốn,
kéo dài thời gian thi công.</p>
<blockquote><p>“Dự toán phải vừa tích cực vừa vững chắc. Chúng tôi đề nghị ưu tiên trả nợ
đọng xây dựng cơ bản, vốn đối ứng và các dự án chuyển tiếp trước khi khởi công dự án mới”,
bà Bùi Thị Mai Phương nêu rõ.</p></blockquote>
<p>Giải trình trước HĐND, Giám đốc Sở Tài chính Ngô Văn Bình cho biết dự toán được xây dựng
trên cơ sở số thu thực tế mười tháng năm nay và dự báo tăng trưởng khoảng 7,5% của thành
phố. Sở Tài chính sẽ phối hợp với cơ quan thuế rà soát, chống thất thu đối với hoạt động
kinh doanh trên nền tảng số và cho thuê tài sản, hai lĩnh vực có tiềm năng thu còn lớn.</p>
<h2>Tiết kiệm chi thường xuyên, dành nguồn cho an sinh</h2>
<p>Nghị quyết yêu cầu các cơ quan, đơn vị tiếp tục tiết kiệm 10% chi thường xuyên tăng thêm
so với năm trước; hạn chế tối đa tổ chức hội nghị, lễ kỷ niệm, đi công tác nước ngoài bằng
ngân sách. Phần tiết kiệm được ưu tiên cho chính sách an sinh xã hội, hỗ trợ người dân vùng
thường xuyên ngập úng và các chương trình chăm lo cho học sinh có hoàn cảnh khó khăn.</p>
<p>HĐND thành phố yêu cầu UBND thành phố hoàn thành việc giao dự toán cho các cơ quan, đơn
vị trước ngày 31 tháng 12; Thường trực HĐND, các ban và tổ đại biểu giám sát việc thực hiện,
định kỳ sáu tháng báo cáo HĐND thành phố.</p>
""",
        "byline": "Thanh Tâm",
        "source": "Ban Kinh tế – Ngân sách HĐND thành phố",
        "days_ago": 2,
        "hour": 16,
        "minute": 5,
        "is_featured": False,
        "cover_caption": (
            "Nghị quyết về dự toán ngân sách được thông qua trong ngày làm việc thứ tư của kỳ họp."
        ),
        "cover_alt": (
            "Minh họa tập văn bản đặt trên bàn gỗ, trang trên cùng có con dấu đỏ, bên cạnh là bút "
            "và tách trà"
        ),
        "scene": "document",
    },
    {
        "title": (
            "Chất vấn về chỗ học ở các phường đông dân: cam kết thêm 120 phòng học trước năm học "
            "mới"
        ),
        "slug": (
            "chat-van-ve-cho-hoc-o-cac-phuong-dong-dan-cam-ket-them-120-phong-hoc-truoc-nam-hoc-moi"
        ),
        "category": "chat-van-va-tra-loi-chat-van",
        "sapo": (
            "Thiếu chỗ học, sĩ số lớp vượt chuẩn ở nhiều trường tiểu học và trung học cơ sở tại "
            "các phường Cầu Đá, Tân Hòa, Hồ Sen là vấn đề được nhiều đại biểu chất vấn trong "
            "phiên làm việc chiều nay. Giám đốc Sở Giáo dục và Đào tạo đã nhận trách nhiệm và nêu "
            "lộ trình khắc phục."
        ),
        "body": """\
<p>Chiều nay, Kỳ họp thứ Mười hai, HĐND thành phố Minh Giang khóa XI tiến hành chất vấn nhóm
vấn đề thứ hai về việc bảo đảm chỗ học cho học sinh tại các phường có tốc độ tăng dân số cơ
học cao. Người trả lời chính là Giám đốc Sở Giáo dục và Đào tạo Vũ Thị Hồng Nhung; Phó Chủ
tịch UBND thành phố Đỗ Thị Lan Anh tham gia giải trình các vấn đề liên quan.</p>
<h2>Gần 70 lớp tiểu học vượt sĩ số quy định</h2>
<p>Theo báo cáo của Sở Giáo dục và Đào tạo, năm học này toàn thành phố có 68 lớp tiểu học có
trên 45 học sinh, tập trung chủ yếu ở ba phường Cầu Đá, Tân Hòa và Hồ Sen. Mỗi năm, số học
sinh ở các địa bàn này tăng thêm khoảng 3.200 em, trong khi có 5 dự án trường học chậm tiến
độ do vướng mặt bằng hoặc chưa được bố trí đủ vốn.</p>
<p>Mở đầu phiên chất vấn, đại biểu Đặng Thu Trang (đơn vị bầu cử số 3) đặt câu hỏi: vì sao
dự án Trường Tiểu học Cầu Đá 2 được phê duyệt từ ba năm trước nhưng đến nay vẫn chưa khởi
công, trong khi học sinh phải học ở các phòng học tạm, thiếu phòng chức năng? Đại biểu đề
nghị Giám đốc Sở làm rõ trách nhiệm của từng khâu và thời điểm cụ thể có thể đưa trường vào
sử dụng.</p>
<p>Trả lời đại biểu, bà Vũ Thị Hồng Nhung thừa nhận việc dự báo quy mô học sinh ở một số
phường chưa sát với thực tế phát triển các khu dân cư mới. Dự án Trường Tiểu học Cầu Đá 2 đã
hoàn thành bồi thường, dự kiến khởi công trong quý tới và đưa vào sử dụng 30 phòng học từ
năm học sau.</p>
<blockquote><p>“Là người đứng đầu ngành, tôi xin nhận trách nhiệm về việc chậm trễ này. Sở
sẽ báo cáo tiến độ từng dự án trường học hằng tháng với Thường trực HĐND và công khai trên
cổng thông tin của ngành”, Giám đốc Sở Giáo dục và Đào tạo nói.</p></blockquote>
<figure class="image"><img src="__IMAGE_1__" alt="Đại biểu đứng tại bục phát biểu trong hội trường, phía sau là đoàn chủ tọa"><figcaption>Đại biểu đặt câu hỏi chất vấn tại hội trường.</figcaption></figure>
<h2>Tranh luận về giải pháp trước mắt</h2>
<p>Tham gia chất vấn, đại biểu Huỳnh Ngọc Bảo cho rằng trong khi chờ các dự án mới, cần tận
dụng ngay cơ sở vật chất hiện có như trụ sở các cơ quan sau sắp xếp, nhà văn hóa khu phố để
cải tạo thành phòng học. Trưởng Ban Văn hóa – Xã hội HĐND thành phố Phan Thị Kim Oanh lưu ý
tình trạng thiếu chỗ học mầm non cho con em công nhân, khi nhiều gia đình phải gửi trẻ ở các
nhóm trẻ tự phát chưa bảo đảm an toàn.</p>
<p>Làm rõ thêm, Phó Chủ tịch UBND thành phố Đỗ Thị Lan Anh cho biết UBND thành phố đã rà
soát 14 cơ sở nhà, đất dôi dư sau sắp xếp; trong đó 6 cơ sở có thể cải tạo thành trường học
hoặc điểm trường mầm non với kinh phí khoảng 96 tỷ đồng.</p>
<h2>Các cam kết cụ thể</h2>
<ol>
<li>Đưa vào sử dụng ít nhất 120 phòng học mới tại ba phường Cầu Đá, Tân Hòa, Hồ Sen trước
năm học mới.</li>
<li>Khởi công Trường Tiểu học Cầu Đá 2 và Trường Trung học cơ sở Tân Hòa trong quý tới.</li>
<li>Hoàn thành cải tạo 6 cơ sở nhà, đất dôi dư thành điểm trường trong năm tới.</li>
<li>Giảm số lớp tiểu học có trên 45 học sinh xuống dưới 20 lớp sau hai năm học.</li>
</ol>
<p>Kết luận phiên chất vấn, Chủ tịch HĐND thành phố Nguyễn Thị Thanh Hà đề nghị UBND thành
phố đưa các cam kết trên vào nghị quyết về chất vấn để làm căn cứ giám sát. Việc bảo đảm chỗ
học không thể chỉ trông chờ vào dự án mới mà phải gắn với quy hoạch đô thị: khu dân cư mới
phải có trường học đồng bộ ngay từ khâu thẩm định.</p>
""",
        "byline": "Bài, ảnh: Hoàng Yến",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 3,
        "hour": 18,
        "minute": 20,
        "is_featured": False,
        "cover_caption": (
            "Phiên chất vấn nhóm vấn đề về bảo đảm chỗ học cho học sinh tại Kỳ họp thứ Mười hai."
        ),
        "cover_alt": (
            "Minh họa hội trường kỳ họp với đoàn chủ tọa trước phông đỏ, bục phát biểu và các dãy "
            "đại biểu ngồi theo hàng"
        ),
        "scene": "meeting",
    },
    {
        "title": (
            "Đại biểu chất vấn giải pháp chống ngập: cần lộ trình rõ ràng cho từng điểm ngập kéo "
            "dài"
        ),
        "slug": (
            "dai-bieu-chat-van-giai-phap-chong-ngap-can-lo-trinh-ro-rang-cho-tung-diem-ngap-keo-dai"
        ),
        "category": "chat-van-va-tra-loi-chat-van",
        "sapo": (
            "Mở đầu phiên chất vấn tại Kỳ họp thứ Mười hai, nhiều đại biểu HĐND thành phố Minh "
            "Giang đặt câu hỏi về tình trạng ngập úng sau các trận mưa lớn, tiến độ các dự án "
            "thoát nước và trách nhiệm phối hợp giữa các sở, ngành trong vận hành hệ thống kênh, "
            "cống."
        ),
        "body": """\
<p>Sáng nay, HĐND thành phố Minh Giang bước vào phiên chất vấn nhóm vấn đề thứ nhất về tình
trạng ngập úng đô thị. Giám đốc Sở Xây dựng Đinh Công Thắng là người trả lời chính; Phó Chủ
tịch UBND thành phố Hoàng Minh Tuấn tham gia giải trình.</p>
<h2>Còn 14 điểm ngập thường xuyên</h2>
<p>Báo cáo của Sở Xây dựng cho thấy đầu nhiệm kỳ thành phố có 23 điểm ngập thường xuyên; đến
nay đã xử lý dứt điểm 9 điểm, còn 14 điểm chưa được khắc phục. Trận mưa lớn hồi đầu mùa với
lượng mưa 126 mm trong ba giờ đã khiến 31 tuyến đường bị ngập sâu từ 20 đến 50 cm, giao
thông ách tắc nhiều giờ. Dự án cải tạo kênh Rạch Sen với tổng vốn 1.350 tỷ đồng mới đạt 46%
khối lượng.</p>
<p>Trưởng Ban Đô thị HĐND thành phố Tạ Minh Đức đặt câu hỏi: với tiến độ hiện nay, bao giờ
người dân các phường Hồ Sen, Ngọc Thạch mới thoát cảnh “mưa là ngập”? Đại biểu đề nghị Giám
đốc Sở nêu thời hạn hoàn thành cho từng điểm, không chỉ báo cáo chung chung về số lượng.</p>
<p>Trả lời, ông Đinh Công Thắng cho biết 5 trong số 14 điểm ngập sẽ được xử lý trước mùa mưa
năm tới nhờ lắp đặt trạm bơm di động và cải tạo cống ngang đường. Các điểm còn lại phụ thuộc
vào tiến độ dự án kênh Rạch Sen và tuyến cống bao dọc sông Minh Giang, dự kiến hoàn thành
trong hai năm tới.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Bờ kè và lan can ven sông, phía xa là cây cầu và các tòa nhà"><figcaption>Tuyến kè ven sông Minh Giang được đầu tư để tăng khả năng tiêu thoát nước.</figcaption></figure>
<h2>Rác thải và lấn chiếm làm giảm khả năng thoát nước</h2>
<p>Đại biểu Trịnh Thị Hải Yến dẫn ý kiến cử tri phường Ngọc Thạch cho biết nhiều miệng cống
bị rác và bùn đất bít kín, có nơi bị lấn chiếm làm chỗ để xe. Đại biểu hỏi trách nhiệm kiểm
tra, xử lý thuộc về đơn vị quản lý thoát nước hay chính quyền phường.</p>
<p>Tranh luận với phần trả lời của Giám đốc Sở, đại biểu La Quốc Toản cho rằng việc phân cấp
hiện nay còn chồng chéo: kênh cấp I do thành phố quản lý, mương nội khu lại giao cho phường,
nên khi có sự cố các bên dễ đùn đẩy. Đại biểu đề nghị sớm ban hành quy chế phối hợp, xác
định rõ người chịu trách nhiệm với từng tuyến kênh.</p>
<blockquote><p>“Cử tri không cần biết con kênh ấy thuộc cấp nào quản lý. Cử tri cần biết khi
nước ngập thì ai phải có mặt và bao lâu thì nước rút”, đại biểu La Quốc Toản
nói.</p></blockquote>
<h2>Nạo vét 42 km kênh, mương trước mùa mưa</h2>
<p>Giải trình thêm, Phó Chủ tịch UBND thành phố Hoàng Minh Tuấn tiếp thu ý kiến của đại biểu
và cho biết UBND thành phố sẽ ban hành quy chế phối hợp quản lý hệ thống thoát nước trong
quý I năm tới. Thành phố bố trí 182 tỷ đồng để nạo vét 42 km kênh, mương và thay thế 1.600
hố ga hư hỏng; đồng thời xây dựng bản đồ cảnh báo ngập trực tuyến để người dân chủ động lựa
chọn lộ trình khi mưa lớn.</p>
<p>Phát biểu kết luận nhóm vấn đề, Phó Chủ tịch HĐND thành phố Trần Quang Vinh đề nghị UBND
thành phố công khai danh mục 14 điểm ngập kèm thời hạn xử lý và đơn vị chịu trách nhiệm. Ban
Đô thị HĐND thành phố sẽ giám sát chuyên đề về nội dung này ngay trước mùa mưa năm tới.</p>
""",
        "byline": "Quốc Việt",
        "source": "Ban Đô thị HĐND thành phố",
        "days_ago": 4,
        "hour": 11,
        "minute": 50,
        "is_featured": False,
        "cover_caption": (
            "Đoạn kè ven sông Minh Giang; việc cải tạo hệ thống kênh, cống là nội dung được chất "
            "vấn sáng nay."
        ),
        "cover_alt": (
            "Minh họa dòng sông có cây cầu bắc ngang, bờ kè lát đá, lan can và hàng cây ven sông"
        ),
        "scene": "river",
    },
    {
        "title": (
            "Khai mạc Kỳ họp thứ Mười hai HĐND thành phố: dành thời gian thỏa đáng cho chất vấn "
            "và thảo luận"
        ),
        "slug": (
            "khai-mac-ky-hop-thu-muoi-hai-hdnd-thanh-pho-danh-thoi-gian-thoa-dang-cho-chat-van-va-thao-luan"
        ),
        "category": "ky-hop",
        "sapo": (
            "Sáng nay, HĐND thành phố Minh Giang khóa XI khai mạc Kỳ họp thứ Mười hai, kỳ họp "
            "thường lệ cuối năm. Trong năm ngày làm việc, kỳ họp sẽ xem xét 34 báo cáo, tờ trình "
            "và dự kiến thông qua 19 nghị quyết về phát triển kinh tế – xã hội, ngân sách và đầu "
            "tư công."
        ),
        "body": """\
<p>Sáng nay, tại Trung tâm Hội nghị thành phố, HĐND thành phố Minh Giang khóa XI long trọng
khai mạc Kỳ họp thứ Mười hai. Chủ tịch HĐND thành phố Nguyễn Thị Thanh Hà và các Phó Chủ
tịch HĐND thành phố Trần Quang Vinh, Lê Văn Khải chủ trì kỳ họp. Kỳ họp được truyền hình,
phát thanh trực tiếp các phiên khai mạc, chất vấn và bế mạc để cử tri theo dõi.</p>
<p>Phát biểu khai mạc, Chủ tịch HĐND thành phố cho biết đây là kỳ họp có khối lượng nội dung
lớn, quyết định nhiều vấn đề quan trọng cho năm tới. Chủ tọa kỳ họp sẽ điều hành theo hướng
rút ngắn thời gian đọc báo cáo, dành thời gian thỏa đáng cho thảo luận, chất vấn; đề nghị
đại biểu phát biểu ngắn gọn, đi thẳng vào vấn đề, đề xuất giải pháp cụ thể.</p>
<h2>Kinh tế tăng trưởng khá, giải ngân đầu tư công còn chậm</h2>
<p>Trình bày báo cáo tình hình kinh tế – xã hội, Chủ tịch UBND thành phố Phạm Đức Long cho
biết tổng sản phẩm trên địa bàn năm nay ước tăng 7,4%; thu ngân sách nhà nước ước đạt 104%
dự toán; thành phố đã khởi công 2.150 căn hộ nhà ở xã hội và hoàn thành 38 km đường giao
thông nông thôn. Tuy vậy, tỷ lệ giải ngân vốn đầu tư công đến cuối tháng Mười một mới đạt
78% kế hoạch; tình trạng ngập úng cục bộ và áp lực về chỗ học ở các phường đông dân vẫn chưa
được giải quyết căn bản.</p>
<p>Thay mặt Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Phó Chủ tịch Ủy ban
Lương Thị Thu Hiền thông báo 1.146 ý kiến, kiến nghị của cử tri được tổng hợp qua các buổi
tiếp xúc trước kỳ họp. Các nhóm ý kiến nhiều nhất liên quan đến đất đai, hạ tầng đô thị,
giáo dục và môi trường.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Các đại biểu ngồi theo hàng trong hội trường, hướng về đoàn chủ tọa"><figcaption>Các đại biểu dự phiên khai mạc kỳ họp.</figcaption></figure>
<h2>Chương trình làm việc của kỳ họp</h2>
<table>
<thead><tr><th>Thời gian</th><th>Nội dung chính</th></tr></thead>
<tbody>
<tr><td>Ngày thứ nhất</td><td>Khai mạc; nghe báo cáo kinh tế – xã hội, báo cáo thẩm tra của các ban; thảo luận tổ</td></tr>
<tr><td>Ngày thứ hai</td><td>Chất vấn và trả lời chất vấn nhóm vấn đề về ngập úng đô thị</td></tr>
<tr><td>Ngày thứ ba</td><td>Buổi sáng thảo luận tại hội trường; buổi chiều chất vấn nhóm vấn đề về bảo đảm chỗ học</td></tr>
<tr><td>Ngày thứ tư</td><td>Thảo luận, biểu quyết dự toán ngân sách và kế hoạch đầu tư công năm tới</td></tr>
<tr><td>Ngày thứ năm</td><td>Thông qua các nghị quyết còn lại; bế mạc kỳ họp</td></tr>
</tbody>
</table>
<h2>Đề nghị thẩm tra kỹ các nội dung về ngân sách</h2>
<p>Các báo cáo thẩm tra của Ban Kinh tế – Ngân sách, Ban Đô thị, Ban Văn hóa – Xã hội và Ban
Pháp chế cơ bản thống nhất với các tờ trình của UBND thành phố, đồng thời lưu ý một số dự án
đề nghị bố trí vốn năm tới chưa hoàn thiện thủ tục đầu tư. Các ban đề nghị chỉ bố trí vốn
cho dự án đủ điều kiện, tránh dàn trải.</p>
<p>Theo chương trình, chiều nay các đại biểu thảo luận tại năm tổ về các báo cáo kinh tế –
xã hội, ngân sách và dự thảo nghị quyết. Cử tri có thể gửi câu hỏi, kiến nghị tới kỳ họp qua
đường dây nóng và chuyên mục tiếp nhận ý kiến trên cổng thông tin này.</p>
""",
        "byline": "Nhóm phóng viên",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 5,
        "hour": 10,
        "minute": 35,
        "is_featured": False,
        "cover_caption": (
            "Quang cảnh phiên khai mạc Kỳ họp thứ Mười hai, HĐND thành phố Minh Giang khóa XI."
        ),
        "cover_alt": (
            "Minh họa hội trường trang trí phông đỏ, đoàn chủ tọa ngồi sau bàn phủ khăn trắng, "
            "các đại biểu ngồi kín các dãy ghế"
        ),
        "scene": "meeting",
    },
    {
        "title": (
            "Tổ đại biểu số 3 tiếp xúc cử tri phường Tân Hòa và phường Cầu Đá trước Kỳ họp thứ "
            "Mười hai"
        ),
        "slug": (
            "to-dai-bieu-so-3-tiep-xuc-cu-tri-phuong-tan-hoa-va-phuong-cau-da-truoc-ky-hop-thu-muoi-hai"
        ),
        "category": "tiep-xuc-cu-tri",
        "sapo": (
            "Trước kỳ họp thường lệ cuối năm, Tổ đại biểu HĐND thành phố ứng cử tại đơn vị bầu cử "
            "số 3 đã tiếp xúc cử tri hai phường Tân Hòa và Cầu Đá. Hơn 260 cử tri tham dự, nêu 31 "
            "ý kiến, tập trung vào chỗ học cho học sinh, ngập úng và thủ tục cấp giấy chứng nhận "
            "quyền sử dụng đất."
        ),
        "body": """\
<p>Tham gia Tổ đại biểu có Chủ tịch HĐND thành phố Nguyễn Thị Thanh Hà, đại biểu Đặng Thu
Trang và đại biểu Huỳnh Ngọc Bảo. Cùng dự có lãnh đạo Sở Giáo dục và Đào tạo, Sở Xây dựng,
Sở Nông nghiệp và Môi trường cùng Thường trực HĐND, UBND hai phường. Tại hội nghị, đại diện
Tổ đại biểu đã thông tin dự kiến nội dung, chương trình Kỳ họp thứ Mười hai và kết quả giải
quyết các kiến nghị cử tri gửi tới kỳ họp trước.</p>
<h2>Lo lắng về sĩ số lớp học</h2>
<p>Nhiều ý kiến của cử tri phường Cầu Đá xoay quanh chuyện trường lớp. Bà Lâm Thị Hoa (khu
phố 4) cho biết lớp 3 của cháu bà có tới 52 học sinh, bàn ghế kê sát nhau, giáo viên khó bao
quát. Bà đề nghị thành phố sớm khởi công Trường Tiểu học Cầu Đá 2, vì dự án “nghe nói đã lâu
mà chưa thấy làm”.</p>
<p>Cử tri Trương Văn Mười (tổ dân phố 5, phường Tân Hòa) phản ánh đường Tân Hòa 3 mỗi khi
mưa lớn lại ngập gần nửa mét, nước tràn vào nhà dân, hàng quán phải đóng cửa. Ông đề nghị
kiểm tra lại tuyến cống thoát nước đã xuống cấp và xử lý các trường hợp san lấp mương thoát
nước để xây dựng.</p>
<p>Cử tri Quách Văn Lộc cho biết hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất của gia
đình ông đã nộp gần hai năm, nhiều lần được hẹn bổ sung giấy tờ. Ông đề nghị công khai tiến
độ giải quyết hồ sơ để người dân dễ theo dõi, tránh phải đi lại nhiều lần. Một cử tri trẻ
cũng đề nghị mở rộng các thủ tục hành chính trực tuyến toàn trình, kèm hướng dẫn cụ thể cho
người cao tuổi.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Cử tri ngồi theo hàng trong hội trường, hướng về bàn chủ tọa có phông nền màu đỏ"><figcaption>Hơn 260 cử tri hai phường Tân Hòa và Cầu Đá dự buổi tiếp xúc.</figcaption></figure>
<h2>Trả lời ngay những vấn đề thuộc thẩm quyền</h2>
<p>Đại diện Sở Giáo dục và Đào tạo cho biết dự án Trường Tiểu học Cầu Đá 2 đã cơ bản hoàn
thành bồi thường, đang hoàn thiện hồ sơ để khởi công. Trong thời gian chờ trường mới, phường
sẽ phối hợp với ngành giáo dục bố trí thêm phòng học tại điểm trường phụ để giảm sĩ số.</p>
<p>Về tình trạng ngập trên đường Tân Hòa 3, Chủ tịch UBND phường Tân Hòa cho biết phường đã
lập biên bản 3 trường hợp lấn chiếm mương thoát nước và yêu cầu khôi phục hiện trạng trong
tháng này. Đối với hồ sơ đất đai, Văn phòng đăng ký đất đai sẽ rà soát từng hồ sơ tồn đọng,
trả lời bằng văn bản cho người dân trong vòng 15 ngày.</p>
<blockquote><p>“Những ý kiến hôm nay sẽ được Tổ đại biểu tổng hợp đầy đủ, gửi tới kỳ họp.
Nhóm vấn đề về chỗ học và chống ngập mà bà con nêu đang được Thường trực HĐND cân nhắc đưa
ra chất vấn”, Chủ tịch HĐND thành phố Nguyễn Thị Thanh Hà cho biết.</p></blockquote>
<p>Chủ tịch HĐND thành phố cũng đề nghị chính quyền hai phường chủ động giải quyết những
việc trong tầm tay, không để cử tri phải kiến nghị nhiều lần về cùng một nội dung. Tổ đại
biểu sẽ thông tin kết quả giải quyết các kiến nghị tại buổi tiếp xúc sau kỳ họp.</p>
""",
        "byline": "Tin, ảnh: Ngọc Lan",
        "source": "Tổ đại biểu HĐND thành phố đơn vị bầu cử số 3",
        "days_ago": 8,
        "hour": 20,
        "minute": 10,
        "is_featured": False,
        "cover_caption": (
            "Cử tri phường Tân Hòa phát biểu tại buổi tiếp xúc với Tổ đại biểu HĐND thành phố."
        ),
        "cover_alt": (
            "Minh họa hội trường khu phố, cử tri ngồi kín các hàng ghế, một người đứng phát biểu "
            "trước bàn của các đại biểu"
        ),
        "scene": "voters",
    },
    {
        "title": (
            "Thường trực HĐND thành phố họp phiên thường kỳ tháng, thống nhất nội dung trình kỳ "
            "họp cuối năm"
        ),
        "slug": (
            "thuong-truc-hdnd-thanh-pho-hop-phien-thuong-ky-thang-thong-nhat-noi-dung-trinh-ky-hop-cuoi-nam"
        ),
        "category": "thong-tin-hoat-dong-hdnd",
        "sapo": (
            "Thường trực HĐND thành phố Minh Giang vừa tổ chức phiên họp thường kỳ tháng để cho ý "
            "kiến về công tác chuẩn bị Kỳ họp thứ Mười hai, thống nhất hai nhóm vấn đề chất vấn "
            "và xem xét kết quả giải quyết kiến nghị của cử tri gửi tới kỳ họp trước."
        ),
        "body": """\
<p>Chủ tịch HĐND thành phố Nguyễn Thị Thanh Hà chủ trì phiên họp. Dự họp có các Phó Chủ tịch
HĐND thành phố, Trưởng các ban của HĐND, lãnh đạo Văn phòng Đoàn ĐBQH và HĐND thành phố, đại
diện UBND thành phố và Ủy ban Mặt trận Tổ quốc Việt Nam thành phố.</p>
<h2>Tài liệu kỳ họp phải gửi đại biểu đúng hạn</h2>
<p>Báo cáo tại phiên họp, Phó Chủ tịch HĐND thành phố Trần Quang Vinh cho biết dự kiến Kỳ
họp thứ Mười hai diễn ra trong năm ngày, xem xét 34 báo cáo, tờ trình. Đến thời điểm họp,
còn 9 tờ trình của UBND thành phố chưa được gửi đến các ban để thẩm tra, trong đó có tờ
trình về kế hoạch đầu tư công năm tới và một số chính sách hỗ trợ an sinh xã hội.</p>
<p>Thường trực HĐND thống nhất đề nghị UBND thành phố chỉ đạo các sở, ngành hoàn thiện hồ
sơ, gửi đến các ban chậm nhất trong tuần tới. Những nội dung chưa đủ thời gian thẩm tra hoặc
chưa bảo đảm chất lượng sẽ không đưa vào chương trình kỳ họp, tránh tình trạng “vừa họp vừa
sửa”.</p>
<h2>Hai nhóm vấn đề chất vấn</h2>
<p>Trên cơ sở 14 đề xuất của đại biểu và tổng hợp 1.146 ý kiến, kiến nghị của cử tri, Thường
trực HĐND thống nhất lựa chọn hai nhóm vấn đề đưa ra chất vấn tại kỳ họp: tình trạng ngập
úng đô thị, tiến độ các dự án thoát nước; việc bảo đảm chỗ học, giảm sĩ số lớp ở các phường
đông dân cư. Giám đốc Sở Xây dựng và Giám đốc Sở Giáo dục và Đào tạo là người trả lời
chính.</p>
<p>Trưởng Ban Đô thị Tạ Minh Đức đề nghị các cơ quan trả lời chất vấn gửi báo cáo trước để
đại biểu có thời gian nghiên cứu, đối chiếu với thực tế tại địa bàn. Trưởng Ban Văn hóa – Xã
hội Phan Thị Kim Oanh lưu ý cần mời đại diện phụ huynh và cử tri các phường liên quan dự
phiên chất vấn để trực tiếp theo dõi.</p>
<h2>Gần 90% kiến nghị cử tri đã được trả lời</h2>
<p>Theo báo cáo của Văn phòng, trong số 348 kiến nghị của cử tri gửi tới kỳ họp trước, đã có
312 kiến nghị được trả lời, đạt 89,7%; 36 kiến nghị đang trong quá trình giải quyết, chủ yếu
liên quan đến đất đai và dự án chậm tiến độ. Thường trực HĐND yêu cầu công khai kết quả trả
lời trên cổng thông tin của HĐND thành phố và gửi đến từng tổ đại biểu để thông tin lại với
cử tri.</p>
<blockquote><p>“Trả lời kiến nghị không phải là gửi đi một văn bản cho xong. Kiến nghị chỉ
được coi là giải quyết khi vấn đề của người dân được xử lý trên thực tế”, Chủ tịch HĐND
thành phố Nguyễn Thị Thanh Hà nhấn mạnh.</p></blockquote>
<p>Cũng tại phiên họp, Thường trực HĐND cho ý kiến về dự thảo chương trình giám sát năm tới,
kế hoạch tổ chức tiếp xúc cử tri trước và sau kỳ họp, đồng thời thống nhất phát hành toàn bộ
tài liệu kỳ họp qua ứng dụng “HĐND số”, chỉ in bản giấy đối với một số văn bản cần ký xác
nhận.</p>
<p>Kết luận phiên họp, Chủ tịch HĐND thành phố giao Văn phòng phối hợp với các ban hoàn
thiện kịch bản điều hành, bảo đảm kỳ họp diễn ra đúng chương trình, dân chủ và hiệu quả.</p>
""",
        "byline": "Phòng Công tác HĐND",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 10,
        "hour": 15,
        "minute": 30,
        "is_featured": False,
        "cover_caption": "Phiên họp thường kỳ tháng của Thường trực HĐND thành phố Minh Giang.",
        "cover_alt": (
            "Minh họa phòng họp với bàn chủ tọa phía trước phông đỏ và các đại biểu ngồi theo hàng"
        ),
        "scene": "meeting",
    },
    {
        "title": "Giám sát công tác bồi thường, giải phóng mặt bằng dự án đường trục Đông – Tây",
        "slug": "giam-sat-cong-tac-boi-thuong-giai-phong-mat-bang-du-an-duong-truc-dong-tay",
        "category": "giam-sat",
        "sapo": (
            "Đoàn giám sát của Ban Đô thị HĐND thành phố Minh Giang đã làm việc với UBND phường "
            "Hồ Sen, UBND xã An Phú Thượng và Ban Quản lý dự án đầu tư xây dựng các công trình "
            "giao thông về tiến độ bồi thường, hỗ trợ, tái định cư của dự án đường trục Đông – "
            "Tây."
        ),
        "body": """\
<p>Đoàn giám sát do Trưởng Ban Đô thị HĐND thành phố Tạ Minh Đức làm trưởng đoàn. Trước khi
làm việc với các đơn vị, đoàn đã khảo sát thực tế tại một số đoạn tuyến đang thi công và khu
tái định cư Phước Điền.</p>
<h2>Đã bàn giao 81% diện tích</h2>
<p>Dự án đường trục Đông – Tây dài 9,8 km, tổng mức đầu tư 4.620 tỷ đồng, đi qua địa bàn
phường Hồ Sen và xã An Phú Thượng. Theo báo cáo của Ban Quản lý dự án, dự án ảnh hưởng đến
1.284 hộ gia đình, cá nhân và 17 tổ chức. Đến nay, các địa phương đã bàn giao 81% diện tích
mặt bằng; còn 243 hộ chưa nhận tiền bồi thường, trong đó 96 hộ chưa thống nhất với giá bồi
thường đất nông nghiệp.</p>
<p>Khu tái định cư Phước Điền với 420 nền đất mới hoàn thành khoảng 60% hạ tầng; hệ thống
cấp nước và trạm biến áp chưa được đầu tư xong nên chưa thể bố trí cho các hộ phải di dời.
Nhiều hộ dân đang phải thuê nhà tạm cư với chi phí cao hơn mức hỗ trợ.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Công trường xây dựng với cần cẩu tháp và khung bê tông của khối nhà"><figcaption>Đoàn giám sát khảo sát thực tế tại công trường.</figcaption></figure>
<h2>Đại biểu đề nghị làm rõ căn cứ xác định giá bồi thường</h2>
<p>Tại buổi làm việc, đại biểu Võ Đình Phúc đề nghị làm rõ vì sao cùng một cánh đồng nhưng
giá bồi thường đất nông nghiệp giữa hai địa phương chênh lệch gần 20%, khiến người dân thắc
mắc. Đại biểu Mai Văn Sơn quan tâm đến việc di dời mồ mả và hỗ trợ chuyển đổi nghề cho các
hộ mất phần lớn đất sản xuất.</p>
<p>Giải trình với đoàn, lãnh đạo UBND xã An Phú Thượng cho biết giá đất cụ thể được xác định
theo từng thời điểm phê duyệt phương án, nên có sự chênh lệch giữa các đợt. Xã đã tổ chức 11
buổi đối thoại và đang đề nghị thành phố xem xét điều chỉnh để bảo đảm công bằng giữa các hộ
có đất liền kề.</p>
<blockquote><p>“Người dân nhường đất cho dự án thì nơi ở mới phải bằng hoặc tốt hơn nơi ở
cũ. Không thể để bà con di dời rồi mà khu tái định cư vẫn chưa có điện, nước”, ông Tạ Minh
Đức nhấn mạnh.</p></blockquote>
<h2>Kiến nghị của đoàn giám sát</h2>
<ul>
<li>UBND thành phố chỉ đạo hoàn thành hạ tầng khu tái định cư Phước Điền trong sáu tháng
tới.</li>
<li>Rà soát, thống nhất phương pháp xác định giá bồi thường giữa các đợt, công khai để người
dân giám sát.</li>
<li>Có chính sách hỗ trợ đào tạo nghề, giới thiệu việc làm cho lao động thuộc hộ mất trên
50% đất sản xuất.</li>
<li>Xử lý dứt điểm các trường hợp chưa nhận tiền bồi thường trước khi tổ chức cưỡng chế thu
hồi đất.</li>
</ul>
<p>Kết quả giám sát sẽ được Ban Đô thị tổng hợp, báo cáo Thường trực HĐND thành phố và gửi
tới các đại biểu tại kỳ họp cuối năm.</p>
""",
        "byline": "Bài, ảnh: Trung Kiên",
        "source": "Ban Đô thị HĐND thành phố",
        "days_ago": 13,
        "hour": 17,
        "minute": 0,
        "is_featured": False,
        "cover_caption": (
            "Một đoạn công trường trên tuyến đường trục Đông – Tây đã được bàn giao mặt bằng."
        ),
        "cover_alt": (
            "Minh họa công trường với cần cẩu tháp, khối nhà đang xây dở và công nhân đội mũ bảo hộ"
        ),
        "scene": "construction",
    },
    {
        "title": (
            "Chủ tịch HĐND thành phố tiếp công dân định kỳ, trực tiếp đối thoại về năm vụ việc "
            "kéo dài"
        ),
        "slug": (
            "chu-tich-hdnd-thanh-pho-tiep-cong-dan-dinh-ky-truc-tiep-doi-thoai-ve-nam-vu-viec-keo-dai"
        ),
        "category": "tiep-cong-dan",
        "sapo": (
            "Tại Trụ sở Tiếp công dân thành phố, Chủ tịch HĐND thành phố Minh Giang Nguyễn Thị "
            "Thanh Hà đã chủ trì buổi tiếp công dân định kỳ tháng, lắng nghe và đối thoại với "
            "công dân về năm vụ việc liên quan đến đất đai, bồi thường và chế độ chính sách."
        ),
        "body": """\
<p>Cùng dự buổi tiếp công dân có Trưởng Ban Pháp chế HĐND thành phố Cao Xuân Hòa, đại diện
Thanh tra thành phố, Sở Nông nghiệp và Môi trường, Sở Nội vụ và lãnh đạo UBND các phường, xã
có vụ việc liên quan.</p>
<h2>Năm vụ việc được xem xét</h2>
<p>Bà N.T.S. ở phường Đông Lạc trình bày về việc tranh chấp ranh giới đất với hộ liền kề đã
kéo dài bốn năm. Bà cho rằng kết quả đo đạc lại không khớp với bản đồ địa chính cũ, nhưng
đơn đề nghị xem xét lại chưa được trả lời. Ông T.V.K. ở xã An Phú Thượng kiến nghị về giá
bồi thường đối với phần đất vườn bị thu hồi để làm đường trục Đông – Tây, đề nghị được áp
dụng mức giá như các hộ liền kề.</p>
<p>Các vụ việc còn lại liên quan đến việc cấp giấy chứng nhận quyền sử dụng đất cho diện
tích đất tăng thêm do lấn sông từ trước năm 1993, đề nghị hưởng chế độ đối với người tham
gia kháng chiến và phản ánh việc một cơ sở sản xuất gây tiếng ồn kéo dài tại phường Ngọc
Thạch.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Mặt tiền tòa nhà công sở với bậc thềm và hàng cột"><figcaption>Công dân đến Trụ sở Tiếp công dân thành phố trong buổi tiếp định kỳ.</figcaption></figure>
<h2>Yêu cầu trả lời bằng văn bản trong 30 ngày</h2>
<p>Sau khi nghe công dân trình bày và ý kiến của các cơ quan chuyên môn, Chủ tịch HĐND thành
phố đề nghị UBND phường Đông Lạc phối hợp với Văn phòng đăng ký đất đai tổ chức đo đạc lại
với sự chứng kiến của các bên, trả lời bằng văn bản cho công dân trong thời hạn 30 ngày. Đối
với kiến nghị về giá bồi thường, Chủ tịch HĐND thành phố đề nghị UBND thành phố giao cơ quan
chuyên môn rà soát toàn bộ các trường hợp có đất liền kề nhưng giá bồi thường khác nhau để
xử lý thống nhất.</p>
<p>Với phản ánh về tiếng ồn, Chủ tịch HĐND thành phố yêu cầu UBND phường Ngọc Thạch kiểm tra
ngay trong tuần, nếu vi phạm phải xử lý nghiêm và thông báo kết quả cho người dân.</p>
<blockquote><p>“Mỗi lá đơn gửi đến là một nỗi băn khoăn của người dân. Cơ quan nào có thẩm
quyền thì phải trả lời đến nơi đến chốn, có lý có tình, không để công dân phải đi lại nhiều
lần”, bà Nguyễn Thị Thanh Hà nói.</p></blockquote>
<h2>Theo dõi đến cùng kết quả giải quyết</h2>
<p>Theo số liệu của Văn phòng, từ đầu năm đến nay, Thường trực HĐND và đại biểu HĐND thành
phố đã tiếp 214 lượt công dân, tiếp nhận 386 đơn; đã chuyển 241 đơn đủ điều kiện đến cơ quan
có thẩm quyền và đôn đốc giải quyết. Đến nay có 198 đơn đã có văn bản trả lời, đạt
82,2%.</p>
<p>Ban Pháp chế HĐND thành phố được giao theo dõi việc giải quyết năm vụ việc nêu trên, báo
cáo Thường trực HĐND tại phiên họp tháng sau. Kết quả sẽ được thông báo đến từng công dân và
cập nhật trên chuyên mục tiếp công dân của cổng thông tin.</p>
""",
        "byline": "Minh Châu",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 17,
        "hour": 11,
        "minute": 15,
        "is_featured": False,
        "cover_caption": (
            "Trụ sở HĐND và UBND thành phố, nơi đặt Trụ sở Tiếp công dân thành phố Minh Giang."
        ),
        "cover_alt": (
            "Minh họa tòa nhà công sở có hàng cột trắng, bậc thềm, cờ đỏ sao vàng và người dân đi "
            "lại trước sân"
        ),
        "scene": "hall",
    },
    {
        "title": "Cử tri xã An Phú Thượng kiến nghị sớm đưa nước sạch về các ấp ven sông",
        "slug": "cu-tri-xa-an-phu-thuong-kien-nghi-som-dua-nuoc-sach-ve-cac-ap-ven-song",
        "category": "tiep-xuc-cu-tri",
        "sapo": (
            "Tại buổi tiếp xúc với Tổ đại biểu HĐND thành phố ứng cử tại đơn vị bầu cử số 7, "
            "nhiều cử tri xã An Phú Thượng và xã Phước Điền phản ánh tình trạng thiếu nước sạch "
            "vào mùa khô, đường nội đồng xuống cấp và đề nghị hỗ trợ nông dân chuyển đổi cây "
            "trồng."
        ),
        "body": """\
<p>Tổ đại biểu gồm Phó Chủ tịch HĐND thành phố Lê Văn Khải, đại biểu Mai Văn Sơn và đại biểu
Kiều Thị Ngân. Hội nghị được tổ chức tại nhà văn hóa ấp Rạch Vông, thu hút gần 180 cử tri
của hai xã tham dự.</p>
<h2>Mùa khô phải mua nước bình</h2>
<p>Ông Nguyễn Văn Tám, cử tri ấp Cồn Lá, cho biết vào mùa khô, nước giếng khoan ở nhiều hộ
bị nhiễm phèn, nhiễm mặn, không thể dùng để nấu ăn. Mỗi tháng gia đình ông phải chi vài trăm
nghìn đồng mua nước bình, trong khi đường ống nước sạch mới dừng cách nhà khoảng hai cây số.
Theo số liệu của xã, hiện chỉ khoảng 38% số hộ ở An Phú Thượng được sử dụng nước sạch từ
công trình cấp nước tập trung.</p>
<p>Bà Hồ Thị Bé Năm (ấp Rạch Vông) phản ánh tuyến đường nội đồng dài hơn 3 km bị sụt lún
nhiều đoạn, xe chở lúa không vào được, nông dân phải thuê người gánh ra đường lớn. Bà đề
nghị đưa tuyến đường này vào kế hoạch nâng cấp trong năm tới.</p>
<p>Một số cử tri khác đề nghị thành phố có chính sách hỗ trợ giống, kỹ thuật để chuyển một
phần diện tích lúa kém hiệu quả sang trồng cây ăn trái, nuôi trồng thủy sản; đồng thời tăng
cường kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật bán trên địa bàn.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Con đường nhỏ giữa cánh đồng, hai bên là ruộng lúa và vài người nông dân đang làm việc"><figcaption>Tuyến đường nội đồng được cử tri đề nghị nâng cấp.</figcaption></figure>
<h2>Tuyến ống 14 km dự kiến khởi công trong quý tới</h2>
<p>Trả lời cử tri, đại diện Sở Nông nghiệp và Môi trường cho biết thành phố đã phê duyệt dự
án mở rộng mạng lưới cấp nước cho các ấp ven sông của hai xã, với tuyến ống dài 14 km, tổng
vốn 86 tỷ đồng. Khi hoàn thành, dự án sẽ cung cấp nước sạch cho khoảng 2.300 hộ dân. Trong
thời gian chờ dự án, xã sẽ phối hợp với đơn vị cấp nước bố trí các điểm cấp nước miễn phí
cho các hộ khó khăn vào mùa khô.</p>
<p>Đối với đường nội đồng, UBND xã An Phú Thượng cho biết sẽ đưa vào danh mục đề xuất sử
dụng vốn chương trình xây dựng nông thôn mới, theo phương thức Nhà nước hỗ trợ xi măng,
người dân đóng góp ngày công.</p>
<blockquote><p>“Nước sạch là nhu cầu thiết yếu, không thể để bà con chờ mãi. Tổ đại biểu sẽ
kiến nghị tại kỳ họp để dự án được ưu tiên bố trí vốn và giám sát tiến độ thi công”, Phó Chủ
tịch HĐND thành phố Lê Văn Khải khẳng định.</p></blockquote>
<p>Tổng hợp tại hội nghị có 22 ý kiến, kiến nghị của cử tri. Những nội dung thuộc thẩm quyền
của xã đã được lãnh đạo địa phương tiếp thu, giải trình ngay; các kiến nghị còn lại được Tổ
đại biểu chuyển đến cơ quan có thẩm quyền và sẽ thông tin kết quả tại buổi tiếp xúc sau kỳ
họp.</p>
""",
        "byline": "Bài, ảnh: Hoàng Yến",
        "source": "Tổ đại biểu HĐND thành phố đơn vị bầu cử số 7",
        "days_ago": 21,
        "hour": 19,
        "minute": 5,
        "is_featured": False,
        "cover_caption": (
            "Cánh đồng lúa ở xã An Phú Thượng, nơi người dân mong sớm có nước sạch tập trung."
        ),
        "cover_alt": (
            "Minh họa những thửa ruộng lúa xanh nối tiếp nhau, con đường bê tông chạy thẳng về "
            "phía làng và người nông dân đội nón lá"
        ),
        "scene": "field",
    },
    {
        "title": "Giám sát phát triển nhà ở xã hội: đẩy nhanh thủ tục để người lao động sớm có nhà",
        "slug": "giam-sat-phat-trien-nha-o-xa-hoi-day-nhanh-thu-tuc-de-nguoi-lao-dong-som-co-nha",
        "category": "giam-sat",
        "sapo": (
            "Đoàn giám sát của Thường trực HĐND thành phố Minh Giang do Phó Chủ tịch HĐND thành "
            "phố Trần Quang Vinh làm trưởng đoàn đã làm việc với Sở Xây dựng và kiểm tra thực tế "
            "ba dự án nhà ở xã hội tại phường Ngọc Thạch và phường Tân Hòa."
        ),
        "body": """\
<p>Theo kế hoạch của thành phố, trong giai đoạn hiện nay cần hoàn thành khoảng 12.000 căn
nhà ở xã hội, chủ yếu phục vụ công nhân các khu công nghiệp, người có thu nhập thấp ở khu
vực đô thị và cán bộ, công chức, viên chức. Đến nay, thành phố đã hoàn thành 3.460 căn, đạt
28,8% kế hoạch; 6 dự án với khoảng 5.900 căn đang được triển khai.</p>
<h2>Thủ tục kéo dài, người mua chờ lâu</h2>
<p>Làm việc với đoàn giám sát, các chủ đầu tư cho biết thời gian hoàn thành thủ tục từ khi
được giao đất đến khi khởi công trung bình mất 18 đến 24 tháng, trong đó nhiều nhất là khâu
điều chỉnh quy hoạch chi tiết, thẩm định thiết kế và xác định giá bán. Về phía người mua,
mỗi hồ sơ xét duyệt đối tượng mất từ 4 đến 6 tháng; hiện còn 1.020 hồ sơ đang chờ thẩm
định.</p>
<p>Chị Lò Thị Minh, công nhân một doanh nghiệp dệt may ở khu công nghiệp phía Bắc thành phố,
cho biết vợ chồng chị đã nộp hồ sơ mua căn hộ hơn nửa năm nhưng vẫn phải bổ sung giấy xác
nhận thu nhập, xác nhận chưa có nhà ở. “Chúng tôi làm ca, xin nghỉ một buổi để đi làm giấy
tờ cũng khó. Mong thủ tục được làm trực tuyến nhiều hơn”, chị Minh chia sẻ.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Khung bê tông của tòa nhà đang xây, công nhân mặc áo bảo hộ màu cam làm việc phía trước"><figcaption>Đoàn giám sát kiểm tra tiến độ thi công tại dự án ở phường Tân Hòa.</figcaption></figure>
<h2>Vốn vay ưu đãi đã đến với hơn 600 khách hàng</h2>
<p>Theo báo cáo, nguồn vốn ủy thác của ngân sách thành phố qua Ngân hàng Chính sách xã hội
đã giải ngân 312 tỷ đồng cho 640 khách hàng vay mua, thuê mua nhà ở xã hội. Tuy nhiên, nhiều
người lao động có thu nhập không ổn định vẫn gặp khó khi chứng minh khả năng trả nợ.</p>
<p>Đại biểu Võ Đình Phúc đề nghị Sở Xây dựng công khai danh sách dự án, số căn, giá bán dự
kiến và thời điểm nhận hồ sơ trên một trang thông tin thống nhất, tránh để người dân phải
nghe thông tin qua “cò” nhà đất. Đại biểu Kiều Thị Ngân đề nghị dành tỷ lệ hợp lý căn hộ cho
thuê, phù hợp với lao động trẻ chưa đủ điều kiện mua.</p>
<figure class="image"><img src="__IMAGE_2__" alt="Công trường nhà ở nhìn từ xa với cần cẩu và các tòa nhà thành phố phía sau"><figcaption>Dự án nhà ở xã hội tại phường Ngọc Thạch dự kiến bàn giao những căn hộ đầu tiên trong năm tới.</figcaption></figure>
<h2>Kiến nghị rút ngắn ít nhất một phần ba thời gian thủ tục</h2>
<p>Kết luận buổi giám sát, Phó Chủ tịch HĐND thành phố Trần Quang Vinh ghi nhận nỗ lực của
các sở, ngành và chủ đầu tư, đồng thời chỉ rõ tiến độ phát triển nhà ở xã hội chưa đáp ứng
nhu cầu. Đoàn giám sát kiến nghị UBND thành phố:</p>
<ul>
<li>rà soát, rút ngắn ít nhất một phần ba thời gian giải quyết các thủ tục đầu tư dự án nhà
ở xã hội;</li>
<li>cho phép nộp và xét duyệt hồ sơ mua, thuê mua nhà ở xã hội hoàn toàn trực tuyến;</li>
<li>bố trí quỹ đất sạch để giao cho các dự án mới, ưu tiên vị trí gần khu công nghiệp và có
hạ tầng xã hội đồng bộ;</li>
<li>kiểm tra, xử lý nghiêm các trường hợp mua bán, chuyển nhượng suất mua nhà ở xã hội trái
quy định.</li>
</ul>
<blockquote><p>“Nhà ở xã hội là chính sách để người lao động an cư. Nếu thủ tục kéo dài hai,
ba năm thì chính sách dù tốt đến mấy cũng khó đến được với người cần”, ông Trần Quang Vinh
nói.</p></blockquote>
""",
        "byline": "Thanh Tâm – Đức Anh",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 26,
        "hour": 9,
        "minute": 45,
        "is_featured": False,
        "cover_caption": "Dự án nhà ở xã hội tại phường Ngọc Thạch đang thi công phần thân.",
        "cover_alt": (
            "Minh họa khối nhà chung cư đang xây, bên cạnh là cần cẩu tháp màu vàng và hàng rào "
            "tôn xanh bao quanh công trường"
        ),
        "scene": "construction",
    },
    {
        "title": (
            "Vận hành ứng dụng “HĐND số”: tài liệu kỳ họp và kiến nghị cử tri được số hóa toàn bộ"
        ),
        "slug": "van-hanh-ung-dung-hdnd-so-tai-lieu-ky-hop-va-kien-nghi-cu-tri-duoc-so-hoa-toan-bo",
        "category": "thong-tin-hoat-dong-hdnd",
        "sapo": (
            "Bắt đầu từ Kỳ họp thứ Mười hai sắp tới, toàn bộ tài liệu phục vụ kỳ họp HĐND thành "
            "phố Minh Giang sẽ được phát hành qua ứng dụng “HĐND số” thay cho bản giấy. Ứng dụng "
            "còn giúp đại biểu theo dõi kiến nghị cử tri, đăng ký phát biểu và nhận lịch công "
            "tác."
        ),
        "body": """\
<p>Ứng dụng “HĐND số” do Văn phòng Đoàn ĐBQH và HĐND thành phố xây dựng và đã được thí điểm
tại kỳ họp chuyên đề vừa qua. Sau thời gian thí điểm, ứng dụng chính thức được đưa vào sử
dụng cho toàn bộ 61 đại biểu HĐND thành phố và cán bộ, công chức tham mưu, phục vụ.</p>
<h2>Những tính năng chính</h2>
<ul>
<li>Phát hành tài liệu kỳ họp, phiên họp Thường trực, cho phép đại biểu ghi chú, đánh dấu
ngay trên văn bản.</li>
<li>Đăng ký phát biểu, đăng ký chất vấn và gửi câu hỏi chất vấn trước kỳ họp.</li>
<li>Theo dõi kiến nghị của cử tri từ khi tiếp nhận đến khi có văn bản trả lời, kèm trạng
thái xử lý.</li>
<li>Tra cứu kho dữ liệu gồm hơn 2.600 nghị quyết, báo cáo, biên bản của HĐND thành phố qua
các nhiệm kỳ.</li>
<li>Nhận lịch công tác, thông báo triệu tập và tài liệu giám sát theo từng đoàn.</li>
</ul>
<figure class="image"><img src="__IMAGE_1__" alt="Văn bản có dòng chữ được minh họa bằng các vạch xám và con dấu tròn màu đỏ"><figcaption>Mỗi kỳ họp trước đây cần in hàng chục nghìn trang tài liệu.</figcaption></figure>
<h2>Tiết kiệm khoảng 180.000 trang giấy mỗi năm</h2>
<p>Theo Chánh Văn phòng Đoàn ĐBQH và HĐND thành phố Lý Hoàng Nam, trước đây mỗi kỳ họp
thường lệ phải in, sao khoảng 40.000 trang tài liệu; tính cả các phiên họp Thường trực và
hoạt động giám sát, mỗi năm sử dụng khoảng 180.000 trang giấy. Việc chuyển sang tài liệu
điện tử không chỉ tiết kiệm chi phí mà còn giúp đại biểu nhận tài liệu sớm hơn, cập nhật
ngay khi có bản sửa đổi.</p>
<blockquote><p>“Điều quan trọng nhất không phải là bớt được bao nhiêu giấy, mà là đại biểu
có thêm thời gian và công cụ để nghiên cứu. Một kiến nghị cử tri giờ đây có thể được theo
dõi từ lúc nêu ra ở buổi tiếp xúc đến khi được giải quyết”, ông Lý Hoàng Nam cho
biết.</p></blockquote>
<h2>Bảo đảm an toàn thông tin</h2>
<p>Ứng dụng được cài đặt trên máy tính bảng cấp cho đại biểu và có thể dùng trên điện thoại
cá nhân. Tài khoản được xác thực hai lớp; tài liệu mật không được phát hành qua ứng dụng. Hệ
thống đặt tại trung tâm dữ liệu của thành phố và được kiểm tra an toàn thông tin trước khi
đưa vào vận hành.</p>
<p>Đại biểu Kiều Thị Ngân chia sẻ lúc đầu còn lúng túng, nhưng chỉ sau một buổi tập huấn đã
sử dụng thành thạo. “Trước đây đi giám sát tôi phải mang theo cả cặp tài liệu; nay chỉ cần
chiếc máy tính bảng, tìm văn bản cũ cũng nhanh hơn nhiều”, bà nói.</p>
<p>Trong thời gian tới, Văn phòng sẽ kết nối ứng dụng với hệ thống tiếp nhận phản ánh, kiến
nghị của thành phố và số hóa hồ sơ tiếp công dân, hướng tới mục tiêu mọi kiến nghị của người
dân gửi đến HĐND đều được theo dõi trên môi trường số.</p>
""",
        "byline": "Quốc Việt",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 31,
        "hour": 14,
        "minute": 0,
        "is_featured": False,
        "cover_caption": (
            "Tài liệu kỳ họp sẽ được phát hành trên ứng dụng, chỉ in bản giấy với văn bản cần ký "
            "xác nhận."
        ),
        "cover_alt": (
            "Minh họa xấp giấy tờ có con dấu đỏ trên mặt bàn làm việc, bên cạnh là cây bút và "
            "chiếc kính"
        ),
        "scene": "document",
    },
    {
        "title": (
            "Cử tri phường Hồ Sen đồng tình với chính sách hỗ trợ giáo viên mầm non, đề nghị sớm "
            "triển khai"
        ),
        "slug": (
            "cu-tri-phuong-ho-sen-dong-tinh-voi-chinh-sach-ho-tro-giao-vien-mam-non-de-nghi-som-trien-khai"
        ),
        "category": "tiep-xuc-cu-tri",
        "sapo": (
            "Sau kỳ họp chuyên đề, Tổ đại biểu HĐND thành phố ứng cử tại đơn vị bầu cử số 5 đã "
            "tiếp xúc cử tri phường Hồ Sen và phường Ngọc Thạch để thông tin kết quả kỳ họp. Cử "
            "tri bày tỏ đồng tình với các nghị quyết vừa ban hành và nêu 24 ý kiến, kiến nghị."
        ),
        "body": """\
<p>Tổ đại biểu gồm Phó Chủ tịch UBND thành phố Hoàng Minh Tuấn, đại biểu La Quốc Toản và đại
biểu Trịnh Thị Hải Yến. Tại hội nghị, đại biểu La Quốc Toản thông tin tóm tắt 8 nghị quyết
được thông qua tại kỳ họp chuyên đề, trong đó nhấn mạnh các dự án thoát nước, trường học
trên địa bàn được bổ sung vốn.</p>
<h2>Mong chính sách sớm đến với giáo viên</h2>
<p>Bà Tôn Nữ Thu, giáo viên nghỉ hưu ở khu phố 2, phường Hồ Sen, đánh giá cao nghị quyết hỗ
trợ giáo viên, nhân viên mầm non ngoài công lập. Theo bà, nhiều nhóm trẻ quanh khu công
nghiệp đang thiếu người, có cô giáo phải trông hơn 30 cháu. Bà đề nghị hướng dẫn thủ tục
sớm, đơn giản để chủ nhóm trẻ và giáo viên không phải chờ đợi.</p>
<p>Chị Nguyễn Thị Kiều, công nhân lưu trú tại phường Ngọc Thạch, mong muốn thành phố xây
thêm trường mầm non công lập gần khu nhà trọ, có giờ đón trẻ phù hợp với ca làm việc của
công nhân. Chị cũng hỏi về thời điểm mở bán căn hộ tại dự án nhà ở xã hội đang xây dựng trên
địa bàn.</p>
<h2>Kênh Rạch Sen và trật tự vỉa hè</h2>
<p>Ông Dương Văn Khiêm (tổ dân phố 12) phản ánh đoạn kênh Rạch Sen chảy qua khu dân cư bốc
mùi, nhất là vào mùa khô, và mỗi khi mưa lớn nước kênh lại tràn lên đường. Ông đề nghị cho
biết tiến độ dự án cải tạo kênh sau khi được bổ sung vốn. Anh Phùng Văn Hậu phản ánh tình
trạng buôn bán lấn chiếm vỉa hè trên một số tuyến đường gần chợ, gây khó khăn cho người đi
bộ.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Một cử tri đứng phát biểu giữa hội trường, phía trước là bàn của các đại biểu"><figcaption>Cử tri phát biểu ý kiến tại buổi tiếp xúc.</figcaption></figure>
<p>Trả lời cử tri, Phó Chủ tịch UBND thành phố Hoàng Minh Tuấn cho biết với số vốn được bổ
sung, dự án cải tạo kênh Rạch Sen sẽ tăng tốc thi công đoạn qua phường Hồ Sen, phấn đấu hoàn
thành kè và tuyến cống bao trong năm tới. Trong thời gian chờ, đơn vị quản lý sẽ tăng tần
suất vớt rác, nạo vét cục bộ các cửa xả. Về nhà ở xã hội, Sở Xây dựng sẽ công bố thông tin
tiếp nhận hồ sơ trên cổng thông tin của thành phố trước ít nhất 30 ngày.</p>
<blockquote><p>“Các nghị quyết vừa được thông qua là lời hứa của HĐND với cử tri. Chúng tôi
sẽ báo cáo lại với bà con kết quả thực hiện ở lần tiếp xúc sau, bằng những con số cụ thể”,
đại biểu La Quốc Toản nói.</p></blockquote>
<h2>Lịch tiếp xúc cử tri tiếp theo của Tổ đại biểu</h2>
<table>
<thead><tr><th>Thời gian</th><th>Địa điểm</th><th>Đối tượng</th></tr></thead>
<tbody>
<tr><td>Tối thứ Năm tuần tới</td><td>Nhà văn hóa khu phố 7, phường Ngọc Thạch</td><td>Cử tri nơi cư trú</td></tr>
<tr><td>Sáng thứ Bảy tuần tới</td><td>Hội trường UBND phường Hồ Sen</td><td>Cử tri là công nhân, người lao động các doanh nghiệp</td></tr>
<tr><td>Chiều thứ Bảy tuần tới</td><td>Trường Mầm non Hồ Sen</td><td>Phụ huynh và giáo viên mầm non trên địa bàn</td></tr>
</tbody>
</table>
<p>Các ý kiến của cử tri đã được Tổ đại biểu ghi nhận đầy đủ và gửi đến Thường trực HĐND
thành phố để chuyển các cơ quan có thẩm quyền xem xét, giải quyết.</p>
""",
        "byline": "Ngọc Lan",
        "source": "Tổ đại biểu HĐND thành phố đơn vị bầu cử số 5",
        "days_ago": 38,
        "hour": 20,
        "minute": 30,
        "is_featured": False,
        "cover_caption": (
            "Cử tri phường Hồ Sen dự buổi tiếp xúc với Tổ đại biểu HĐND thành phố sau kỳ họp "
            "chuyên đề."
        ),
        "cover_alt": (
            "Minh họa buổi tiếp xúc cử tri, các đại biểu ngồi sau bàn phủ khăn, nhiều cử tri ngồi "
            "theo hàng ghế phía dưới"
        ),
        "scene": "voters",
    },
    {
        "title": (
            "Giáo viên mầm non ngoài công lập được hỗ trợ 1,2 triệu đồng mỗi tháng theo nghị "
            "quyết mới"
        ),
        "slug": (
            "giao-vien-mam-non-ngoai-cong-lap-duoc-ho-tro-1-2-trieu-dong-moi-thang-theo-nghi-quyet-moi"
        ),
        "category": "nghi-quyet-hdnd",
        "sapo": (
            "Nghị quyết vừa được HĐND thành phố Minh Giang thông qua tại kỳ họp chuyên đề quy "
            "định mức hỗ trợ hằng tháng cho giáo viên, nhân viên các cơ sở giáo dục mầm non ngoài "
            "công lập ở khu vực có đông công nhân. Dự kiến khoảng 2.400 người được thụ hưởng mỗi "
            "năm."
        ),
        "body": """\
<p>Nghị quyết số 54/NQ-HĐND được ban hành trong bối cảnh nhiều phường, xã có khu công nghiệp
của thành phố thiếu trường mầm non công lập, phần lớn con em công nhân phải gửi tại các nhóm
trẻ, lớp mẫu giáo độc lập. Thu nhập thấp khiến đội ngũ giáo viên ở các cơ sở này biến động
liên tục, ảnh hưởng đến chất lượng chăm sóc trẻ.</p>
<h2>Ai được hưởng chính sách?</h2>
<p>Nghị quyết áp dụng tại các phường, xã có khu công nghiệp, cụm công nghiệp hoặc có từ
3.000 công nhân lưu trú trở lên. Theo rà soát của Sở Giáo dục và Đào tạo, hiện có 9 phường,
xã đáp ứng điều kiện này, với khoảng 310 nhóm trẻ, lớp mẫu giáo độc lập đã được cấp phép
hoạt động.</p>
<p>Người được hỗ trợ phải có hợp đồng lao động từ 12 tháng trở lên với cơ sở giáo dục mầm
non, tham gia bảo hiểm xã hội bắt buộc; riêng giáo viên phải đạt trình độ chuẩn được đào tạo
theo quy định hoặc đang theo học để đạt chuẩn.</p>
<h2>Các mức hỗ trợ cụ thể</h2>
<table>
<thead><tr><th>Đối tượng</th><th>Mức hỗ trợ</th><th>Ghi chú</th></tr></thead>
<tbody>
<tr><td>Giáo viên trực tiếp nuôi dạy trẻ</td><td>1.200.000 đồng/người/tháng</td><td>Chi trả hằng tháng, tối đa 12 tháng/năm</td></tr>
<tr><td>Nhân viên nấu ăn, bảo mẫu</td><td>800.000 đồng/người/tháng</td><td>Chi trả hằng tháng, tối đa 12 tháng/năm</td></tr>
<tr><td>Nhóm trẻ, lớp mẫu giáo độc lập</td><td>20.000.000 đồng/cơ sở</td><td>Hỗ trợ một lần để mua sắm thiết bị, đồ chơi an toàn</td></tr>
<tr><td>Giáo viên học nâng chuẩn</td><td>50% học phí, tối đa 10.000.000 đồng/người</td><td>Hỗ trợ một lần cho mỗi khóa học</td></tr>
</tbody>
</table>
<p>Tổng kinh phí thực hiện trong năm đầu tiên ước khoảng 39,7 tỷ đồng từ ngân sách thành
phố, trong đó phần hỗ trợ hằng tháng cho khoảng 1.650 giáo viên và 750 nhân viên chiếm gần
31 tỷ đồng. Chính sách được áp dụng từ năm học tới.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Tập văn bản trên bàn làm việc, góc dưới có con dấu tròn màu đỏ"><figcaption>Chính sách được kỳ vọng giúp các nhóm trẻ độc lập giữ chân giáo viên.</figcaption></figure>
<h2>Giữ chân giáo viên, yên lòng công nhân</h2>
<p>Theo Trưởng Ban Văn hóa – Xã hội HĐND thành phố Phan Thị Kim Oanh, trong quá trình thẩm
tra, Ban đã khảo sát 24 nhóm trẻ độc lập và ghi nhận thu nhập bình quân của giáo viên chỉ
khoảng 5,5 triệu đồng mỗi tháng, thấp hơn nhiều so với công nhân cùng địa bàn. Có cơ sở
trong một năm thay tới ba lượt giáo viên.</p>
<blockquote><p>“Khoản hỗ trợ không quá lớn, nhưng là tín hiệu cho thấy thành phố ghi nhận
công sức của những người đang chăm sóc con em công nhân. Kèm theo hỗ trợ là yêu cầu cao hơn
về an toàn và chất lượng”, bà Phan Thị Kim Oanh nói.</p></blockquote>
<p>Cô Đỗ Thị Hạnh, giáo viên một nhóm trẻ ở phường Ngọc Thạch, cho biết nhiều đồng nghiệp
của cô từng nghỉ việc để chuyển sang làm công nhân vì thu nhập ổn định hơn. “Có thêm khoản
hỗ trợ, lại được giúp học phí để học nâng chuẩn, chúng tôi có thêm động lực gắn bó với
nghề”, cô Hạnh chia sẻ.</p>
<p>Nghị quyết giao UBND thành phố hướng dẫn hồ sơ, thủ tục theo hướng đơn giản, chi trả qua
tài khoản cá nhân; Thường trực HĐND, Ban Văn hóa – Xã hội và các tổ đại biểu giám sát việc
thực hiện, bảo đảm hỗ trợ đến đúng đối tượng.</p>
""",
        "byline": "Bài: Hoàng Yến",
        "source": "Ban Văn hóa – Xã hội HĐND thành phố",
        "days_ago": 43,
        "hour": 10,
        "minute": 0,
        "is_featured": False,
        "cover_caption": (
            "Nghị quyết quy định chính sách hỗ trợ giáo viên, nhân viên mầm non ngoài công lập."
        ),
        "cover_alt": "Minh họa văn bản nghị quyết có chữ ký và con dấu đỏ đặt trên bàn gỗ",
        "scene": "document",
    },
    {
        "title": (
            "Điều chỉnh kế hoạch đầu tư công trung hạn, ưu tiên vốn cho chống ngập và trường học"
        ),
        "slug": (
            "dieu-chinh-ke-hoach-dau-tu-cong-trung-han-uu-tien-von-cho-chong-ngap-va-truong-hoc"
        ),
        "category": "nghi-quyet-hdnd",
        "sapo": (
            "HĐND thành phố Minh Giang đã thông qua nghị quyết điều chỉnh kế hoạch đầu tư công "
            "trung hạn vốn ngân sách địa phương, điều chuyển 1.126 tỷ đồng từ các dự án chậm "
            "triển khai sang những công trình cấp bách về thoát nước, trường học, cấp nước sạch "
            "và y tế cơ sở."
        ),
        "body": """\
<p>Nghị quyết số 53/NQ-HĐND được thông qua tại kỳ họp chuyên đề với 55/55 đại biểu có mặt
tán thành. Theo nghị quyết, 9 dự án không đủ điều kiện giải ngân hoặc chậm hoàn thiện thủ
tục đầu tư được giảm tổng cộng 1.126 tỷ đồng vốn kế hoạch; toàn bộ số vốn này được bổ sung
cho 26 dự án có khả năng thực hiện ngay và đáp ứng nhu cầu bức xúc của người dân.</p>
<h2>Phân bổ vốn điều chuyển theo lĩnh vực</h2>
<table>
<thead><tr><th>Lĩnh vực</th><th>Vốn bổ sung (tỷ đồng)</th><th>Số dự án</th></tr></thead>
<tbody>
<tr><td>Thoát nước, chống ngập đô thị</td><td>482</td><td>6</td></tr>
<tr><td>Giáo dục – đào tạo</td><td>356</td><td>11</td></tr>
<tr><td>Cấp nước sạch nông thôn</td><td>174</td><td>4</td></tr>
<tr><td>Y tế cơ sở</td><td>114</td><td>5</td></tr>
<tr><td><strong>Tổng cộng</strong></td><td><strong>1.126</strong></td><td><strong>26</strong></td></tr>
</tbody>
</table>
<p>Trong lĩnh vực thoát nước, phần lớn vốn được bổ sung cho dự án cải tạo kênh Rạch Sen và
tuyến cống bao dọc sông Minh Giang. Với giáo dục, 11 dự án trường học tại các phường Cầu Đá,
Tân Hòa, Hồ Sen và các xã ven đô được bổ sung vốn để khởi công hoặc hoàn thành sớm. Bốn dự
án cấp nước sạch sẽ đưa nước về các ấp ven sông của xã An Phú Thượng, Phước Điền, Tân Lập Hạ
và Cồn Sen.</p>
<h2>Không để “vốn chờ dự án”</h2>
<p>Theo báo cáo thẩm tra của Ban Kinh tế – Ngân sách, đến thời điểm trình kỳ họp, tỷ lệ giải
ngân vốn đầu tư công của thành phố mới đạt 61% kế hoạch năm. Một số dự án được bố trí vốn từ
đầu năm nhưng vẫn chưa hoàn thành giải phóng mặt bằng hoặc phải điều chỉnh thiết kế nhiều
lần.</p>
<blockquote><p>“Điều chuyển vốn là cần thiết, nhưng không phải là giải pháp tận gốc. Cần làm
rõ vì sao dự án đã có vốn mà không tiêu được và ai chịu trách nhiệm về sự chậm trễ đó”,
Trưởng Ban Kinh tế – Ngân sách Bùi Thị Mai Phương nêu ý kiến.</p></blockquote>
<p>Ban đề nghị UBND thành phố chỉ giao vốn cho dự án đã có thiết kế được phê duyệt và mặt
bằng sạch tối thiểu 70%; đồng thời xây dựng cơ chế theo dõi giải ngân hằng tháng, tự động đề
xuất điều chuyển nếu dự án không đạt tiến độ sau hai quý.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Công trường với khung bê tông nhiều tầng, cần cẩu và công nhân đội mũ bảo hộ"><figcaption>Các dự án được bổ sung vốn phải bảo đảm điều kiện khởi công ngay.</figcaption></figure>
<h2>Cam kết của UBND thành phố</h2>
<p>Giải trình tại kỳ họp, Chủ tịch UBND thành phố Phạm Đức Long cho biết UBND thành phố đã
tổ chức kiểm điểm 4 chủ đầu tư có dự án giải ngân dưới 30% kế hoạch. Thành phố thành lập các
tổ công tác do lãnh đạo UBND thành phố phụ trách để tháo gỡ vướng mắc tại từng dự án trọng
điểm, phấn đấu giải ngân trên 95% kế hoạch vốn năm nay.</p>
<p>Nghị quyết có hiệu lực kể từ ngày được thông qua. HĐND thành phố giao Thường trực HĐND,
các ban và đại biểu tăng cường giám sát việc sử dụng số vốn được điều chuyển, bảo đảm đúng
mục đích và hiệu quả.</p>
""",
        "byline": "Thanh Tâm",
        "source": "Ban Kinh tế – Ngân sách HĐND thành phố",
        "days_ago": 44,
        "hour": 8,
        "minute": 30,
        "is_featured": False,
        "cover_caption": (
            "Nhiều công trình hạ tầng được bổ sung vốn theo nghị quyết điều chỉnh kế hoạch đầu tư "
            "công."
        ),
        "cover_alt": (
            "Minh họa cần cẩu tháp đang nâng vật liệu bên tòa nhà xây dở, phía sau là các tòa nhà "
            "của thành phố"
        ),
        "scene": "construction",
    },
    {
        "title": (
            "Kỳ họp chuyên đề HĐND thành phố điều chỉnh kế hoạch đầu tư công, ban hành chính sách "
            "cho giáo viên mầm non"
        ),
        "slug": (
            "ky-hop-chuyen-de-hdnd-thanh-pho-dieu-chinh-ke-hoach-dau-tu-cong-ban-hanh-chinh-sach-cho-giao-vien-mam-non"
        ),
        "category": "ky-hop",
        "sapo": (
            "HĐND thành phố Minh Giang khóa XI vừa tổ chức kỳ họp chuyên đề trong một ngày để xem "
            "xét, quyết định những nội dung cấp bách, trong đó có điều chỉnh kế hoạch đầu tư công "
            "trung hạn, bổ sung vốn cho công trình chống ngập và chính sách hỗ trợ giáo viên mầm "
            "non."
        ),
        "body": """\
<p>Kỳ họp chuyên đề diễn ra trong một ngày với sự tham dự của 55/61 đại biểu HĐND thành phố.
Đây là kỳ họp đầu tiên thí điểm phát hành toàn bộ tài liệu qua ứng dụng “HĐND số”, đại biểu
biểu quyết bằng hệ thống điện tử và kết quả được công bố ngay trên màn hình hội trường.</p>
<h2>Giải quyết kịp thời những vấn đề không thể chờ kỳ họp thường lệ</h2>
<p>Phát biểu khai mạc, Chủ tịch HĐND thành phố Nguyễn Thị Thanh Hà cho biết các nội dung
trình kỳ họp đều là những việc cấp bách, nếu chờ đến kỳ họp cuối năm sẽ ảnh hưởng đến tiến
độ các công trình và quyền lợi của người lao động. Thường trực HĐND đã chỉ đạo các ban thẩm
tra kỹ, tổ chức khảo sát thực tế trước khi trình HĐND xem xét.</p>
<p>Kỳ họp đã thông qua 8 nghị quyết. Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn
điều chuyển 1.126 tỷ đồng từ các dự án chậm triển khai sang 26 dự án cấp bách về thoát nước,
trường học, cấp nước sạch nông thôn và y tế cơ sở. Nghị quyết quy định chính sách hỗ trợ
giáo viên, nhân viên các cơ sở giáo dục mầm non ngoài công lập ở khu vực có đông công nhân,
dự kiến khoảng 2.400 người được thụ hưởng mỗi năm.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Tòa nhà trụ sở với bậc thềm rộng, cờ đỏ sao vàng và hàng cây xanh phía trước"><figcaption>Kỳ họp chuyên đề lần đầu thí điểm phát hành tài liệu hoàn toàn bằng ứng dụng.</figcaption></figure>
<h2>Thảo luận kỹ từng dự án được điều chuyển vốn</h2>
<p>Thảo luận tại hội trường, đại biểu La Quốc Toản đề nghị UBND thành phố làm rõ trách nhiệm
đối với 9 dự án bị giảm vốn do không giải ngân được, tránh việc chỉ “chuyển vốn” mà không xử
lý nguyên nhân chậm trễ. Đại biểu Trịnh Thị Hải Yến đề nghị công khai danh mục các dự án
được bổ sung vốn để cử tri cùng giám sát.</p>
<p>Về chính sách hỗ trợ giáo viên mầm non, nhiều đại biểu đồng tình và cho rằng đây là giải
pháp thiết thực để giữ chân giáo viên, giảm áp lực cho hệ thống trường công lập. Đại biểu
Đặng Thu Trang đề nghị đơn giản hóa hồ sơ để giáo viên nhận hỗ trợ hằng tháng, không phải
chờ theo quý.</p>
<blockquote><p>“Chúng ta đang đầu tư cho hai thứ quan trọng nhất của một đô thị: hạ tầng để
người dân yên tâm sinh sống và giáo dục để trẻ em có điểm tựa ngay từ những năm đầu đời”,
Chủ tịch HĐND thành phố phát biểu bế mạc.</p></blockquote>
<h2>Yêu cầu hoàn thành phân bổ vốn trong 15 ngày</h2>
<p>Tiếp thu ý kiến đại biểu, Chủ tịch UBND thành phố Phạm Đức Long cam kết trong 15 ngày sẽ
hoàn thành giao vốn chi tiết cho các dự án, đồng thời kiểm điểm trách nhiệm của các chủ đầu
tư để dự án chậm giải ngân kéo dài. Chính sách hỗ trợ giáo viên mầm non sẽ được hướng dẫn
thực hiện ngay để áp dụng từ đầu năm học tới.</p>
<p>Ngay sau kỳ họp chuyên đề, các tổ đại biểu HĐND thành phố sẽ thông tin kết quả kỳ họp tới
cử tri tại các đơn vị bầu cử.</p>
""",
        "byline": "Tin, ảnh: Ngọc Lan",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 45,
        "hour": 17,
        "minute": 20,
        "is_featured": False,
        "cover_caption": (
            "Kỳ họp chuyên đề được tổ chức tại trụ sở HĐND và UBND thành phố Minh Giang."
        ),
        "cover_alt": (
            "Minh họa trụ sở cơ quan với hàng cột lớn, mái tam giác có biểu tượng ngôi sao, cờ đỏ "
            "trên nóc và hai bên sân"
        ),
        "scene": "hall",
    },
    {
        "title": (
            "Giám sát cấp nước sạch nông thôn: còn hơn 6.000 hộ dân chưa được dùng nước sạch tập "
            "trung"
        ),
        "slug": (
            "giam-sat-cap-nuoc-sach-nong-thon-con-hon-6-000-ho-dan-chua-duoc-dung-nuoc-sach-tap-trung"
        ),
        "category": "giam-sat",
        "sapo": (
            "Ban Kinh tế – Ngân sách HĐND thành phố Minh Giang vừa giám sát việc thực hiện chương "
            "trình cấp nước sạch nông thôn tại bốn xã. Kết quả cho thấy tỷ lệ hộ dân dùng nước "
            "sạch tăng khá, song nhiều công trình xuống cấp, hoạt động cầm chừng và tỷ lệ thất "
            "thoát nước còn cao."
        ),
        "body": """\
<p>Đoàn giám sát do Trưởng Ban Kinh tế – Ngân sách Bùi Thị Mai Phương làm trưởng đoàn đã làm
việc với Sở Nông nghiệp và Môi trường, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn,
UBND các xã An Phú Thượng, Phước Điền, Tân Lập Hạ, Cồn Sen và kiểm tra thực tế năm công
trình cấp nước.</p>
<h2>Tỷ lệ hộ dùng nước sạch tăng gần 10 điểm phần trăm</h2>
<p>Theo báo cáo, tỷ lệ hộ dân nông thôn của thành phố sử dụng nước sạch đạt quy chuẩn hiện
là 71,3%, tăng 9,8 điểm phần trăm sau ba năm. Tuy nhiên, tại bốn xã được giám sát vẫn còn
6.140 hộ chưa được sử dụng nước sạch từ công trình cấp nước tập trung, chủ yếu ở các ấp ven
sông và khu vực dân cư phân tán.</p>
<p>Trên địa bàn bốn xã có 27 công trình cấp nước tập trung, trong đó 8 công trình hoạt động
kém hiệu quả và 3 công trình đã ngưng hoạt động. Tỷ lệ thất thoát nước bình quân khoảng 32%,
có công trình lên tới gần 45% do đường ống cũ, đấu nối không đúng kỹ thuật.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Cánh đồng với những thửa ruộng xanh và vàng, người nông dân đội nón lá làm việc bên đường"><figcaption>Nhiều hộ dân ở các ấp ven sông vẫn dùng nước giếng khoan nhiễm phèn.</figcaption></figure>
<h2>Công trình có nhưng thiếu người vận hành</h2>
<p>Kiểm tra trạm cấp nước ấp Cồn Lá, đoàn giám sát ghi nhận hệ thống lọc đã xuống cấp, bể
chứa rò rỉ; việc vận hành giao cho tổ hợp tác gồm ba người, không được đào tạo bài bản. Giá
nước thu chưa đủ bù chi phí, nên công trình thiếu kinh phí bảo dưỡng, chất lượng nước không
ổn định.</p>
<p>Đại biểu Mai Văn Sơn cho rằng cần thay đổi cách làm: đầu tư mới phải đi kèm phương án
quản lý, vận hành lâu dài, tránh tình trạng “xây xong rồi để đó”. Đại biểu cũng đề nghị
nghiên cứu giao các công trình nhỏ lẻ cho đơn vị cấp nước chuyên nghiệp quản lý theo
cụm.</p>
<blockquote><p>“Người dân không đo chương trình nước sạch bằng số công trình được xây, mà
bằng việc vặn vòi có nước sạch để dùng hay không”, bà Bùi Thị Mai Phương kết
luận.</p></blockquote>
<h2>Kiến nghị bố trí vốn cho các ấp ven sông</h2>
<ol>
<li>UBND thành phố ưu tiên bố trí vốn trong kế hoạch đầu tư công để mở rộng mạng lưới đến
các ấp ven sông của bốn xã.</li>
<li>Sửa chữa, nâng cấp 8 công trình hoạt động kém hiệu quả; đánh giá lại 3 công trình đã
ngưng để quyết định phương án xử lý.</li>
<li>Giao Sở Nông nghiệp và Môi trường xây dựng đề án quản lý, vận hành công trình cấp nước
nông thôn theo cụm.</li>
<li>Định kỳ công khai kết quả xét nghiệm chất lượng nước tại từng công trình để người dân
biết và giám sát.</li>
</ol>
<p>Kết quả giám sát sẽ được báo cáo Thường trực HĐND thành phố và là căn cứ để các ban thẩm
tra nội dung điều chỉnh kế hoạch đầu tư công sẽ được trình tại kỳ họp chuyên đề sắp tới.</p>
""",
        "byline": "Bài, ảnh: Trung Kiên",
        "source": "Ban Kinh tế – Ngân sách HĐND thành phố",
        "days_ago": 52,
        "hour": 16,
        "minute": 30,
        "is_featured": False,
        "cover_caption": (
            "Vùng nông thôn xã Tân Lập Hạ, một trong bốn xã được giám sát về cấp nước sạch."
        ),
        "cover_alt": (
            "Minh họa cánh đồng lúa trải dài tới chân đồi, con đường bê tông dẫn về xóm nhà mái đỏ"
        ),
        "scene": "field",
    },
    {
        "title": (
            "Bồi dưỡng kỹ năng chất vấn, giám sát cho đại biểu HĐND thành phố và các phường, xã"
        ),
        "slug": "boi-duong-ky-nang-chat-van-giam-sat-cho-dai-bieu-hdnd-thanh-pho-va-cac-phuong-xa",
        "category": "thong-tin-hoat-dong-hdnd",
        "sapo": (
            "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang tổ chức lớp bồi dưỡng trong hai "
            "ngày cho 186 đại biểu HĐND thành phố và HĐND các phường, xã, tập trung vào kỹ năng "
            "chất vấn, giám sát chuyên đề và khai thác dữ liệu phục vụ hoạt động của đại biểu."
        ),
        "body": """\
<p>Phát biểu khai giảng, Phó Chủ tịch HĐND thành phố Lê Văn Khải cho biết nhiều đại biểu
HĐND phường, xã lần đầu tham gia hoạt động dân cử, trong khi yêu cầu đối với đại biểu ngày
càng cao: phải hiểu chính sách, nắm chắc tình hình địa phương và biết đặt câu hỏi đúng trọng
tâm. Lớp bồi dưỡng được thiết kế theo hướng thực hành, giảm lý thuyết, tăng thảo luận tình
huống.</p>
<h2>Năm chuyên đề thực hành</h2>
<ol>
<li>Kỹ năng chuẩn bị và đặt câu hỏi chất vấn; cách tranh luận khi câu trả lời chưa thỏa
đáng.</li>
<li>Xây dựng kế hoạch, đề cương và báo cáo kết quả giám sát chuyên đề.</li>
<li>Thẩm tra dự toán ngân sách và kế hoạch đầu tư công ở cấp cơ sở.</li>
<li>Tiếp xúc cử tri, tiếp công dân và theo dõi việc giải quyết kiến nghị.</li>
<li>Sử dụng ứng dụng “HĐND số” và khai thác dữ liệu phục vụ hoạt động đại biểu.</li>
</ol>
<p>Báo cáo viên là những người có nhiều năm kinh nghiệm trong hoạt động dân cử, lãnh đạo các
ban HĐND thành phố và chuyên gia về tài chính công. Mỗi chuyên đề đều có phần bài tập nhóm
dựa trên các vụ việc thực tế đã được lược bỏ thông tin cá nhân.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Hội trường với các hàng ghế học viên hướng về bàn chủ tọa và bục phát biểu"><figcaption>Học viên thực hành phiên chất vấn giả định.</figcaption></figure>
<h2>Phiên chất vấn giả định</h2>
<p>Điểm nhấn của lớp học là phiên chất vấn giả định về chủ đề thu gom, xử lý rác thải sinh
hoạt. Học viên được chia thành nhóm đại biểu chất vấn và nhóm đóng vai cơ quan trả lời, có
chủ tọa điều hành và thời gian phát biểu giới hạn như một kỳ họp thật. Sau phiên chất vấn,
giảng viên phân tích từng câu hỏi: câu nào rõ ràng, câu nào còn dài dòng, câu nào chưa gắn
với trách nhiệm cụ thể.</p>
<blockquote><p>“Trước đây tôi hay hỏi dài, nêu nhiều vấn đề trong một câu nên người trả lời
dễ né tránh. Qua buổi thực hành, tôi học được cách hỏi ngắn, có số liệu và hỏi đúng người
chịu trách nhiệm”, đại biểu HĐND xã Cồn Sen Trần Thị Ngọc Ánh chia sẻ.</p></blockquote>
<h2>92% học viên đánh giá nội dung hữu ích</h2>
<p>Kết quả phiếu khảo sát cuối khóa cho thấy 92% học viên đánh giá nội dung bồi dưỡng hữu
ích, sát với công việc; nhiều ý kiến đề nghị tổ chức thêm các lớp chuyên sâu về đất đai,
ngân sách và kỹ năng làm việc với báo chí.</p>
<p>Bế giảng lớp học, Chánh Văn phòng Đoàn ĐBQH và HĐND thành phố Lý Hoàng Nam cho biết tài
liệu của khóa học được đưa lên ứng dụng “HĐND số” để đại biểu tra cứu khi cần. Văn phòng sẽ
phối hợp với Thường trực HĐND các phường, xã tổ chức thêm các buổi sinh hoạt chuyên đề theo
từng cụm địa bàn trong năm tới.</p>
""",
        "byline": "Phòng Công tác HĐND",
        "source": "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang",
        "days_ago": 60,
        "hour": 10,
        "minute": 15,
        "is_featured": False,
        "cover_caption": "Các học viên tham dự lớp bồi dưỡng kỹ năng hoạt động cho đại biểu HĐND.",
        "cover_alt": (
            "Minh họa hội trường với bục giảng bên cạnh bàn chủ tọa, các học viên ngồi thành "
            "nhiều hàng phía dưới"
        ),
        "scene": "meeting",
    },
    {
        "title": (
            "Chất vấn tại phiên họp Thường trực HĐND: làm rõ trách nhiệm bảo đảm an toàn bếp ăn "
            "trường học"
        ),
        "slug": (
            "chat-van-tai-phien-hop-thuong-truc-hdnd-lam-ro-trach-nhiem-bao-dam-an-toan-bep-an-truong-hoc"
        ),
        "category": "chat-van-va-tra-loi-chat-van",
        "sapo": (
            "Giữa hai kỳ họp, Thường trực HĐND thành phố Minh Giang đã tổ chức chất vấn tại phiên "
            "họp thường kỳ về công tác bảo đảm an toàn thực phẩm trong bếp ăn tập thể trường học, "
            "sau một số vụ việc học sinh có biểu hiện ngộ độc khiến phụ huynh lo lắng."
        ),
        "body": """\
<p>Chủ tịch HĐND thành phố Nguyễn Thị Thanh Hà chủ trì phiên chất vấn. Người trả lời chính
là Giám đốc Sở Y tế Nghiêm Văn Trí và Giám đốc Sở Giáo dục và Đào tạo Vũ Thị Hồng Nhung. Dự
phiên họp có các đại biểu HĐND thành phố, đại diện Ban đại diện cha mẹ học sinh một số
trường và lãnh đạo UBND các phường, xã.</p>
<h2>Gần 400 bếp ăn, mới kiểm tra được hơn một nửa</h2>
<p>Theo báo cáo, toàn thành phố có 386 trường học tổ chức bán trú, trong đó 142 trường thuê
doanh nghiệp cung cấp suất ăn. Từ đầu năm học, các đoàn liên ngành mới kiểm tra được 214 bếp
ăn, phát hiện 37 cơ sở vi phạm, chủ yếu về điều kiện vệ sinh, lưu mẫu thực phẩm và hồ sơ
nguồn gốc nguyên liệu. Tổng số tiền xử phạt là 412 triệu đồng.</p>
<p>Mở đầu phiên chất vấn, Trưởng Ban Văn hóa – Xã hội Phan Thị Kim Oanh đặt câu hỏi: vì sao
sau mỗi vụ việc mới tăng cường kiểm tra, trong khi việc kiểm tra đột xuất, không báo trước
còn rất ít? Đại biểu Đặng Thu Trang hỏi trách nhiệm lựa chọn nhà cung cấp suất ăn thuộc về
hiệu trưởng, phụ huynh hay cơ quan quản lý giáo dục.</p>
<p>Trả lời, Giám đốc Sở Y tế Nghiêm Văn Trí thừa nhận lực lượng thanh tra chuyên ngành còn
mỏng, nên nhiều đợt kiểm tra phải thông báo trước để phối hợp. Sở sẽ tăng tỷ lệ kiểm tra đột
xuất lên ít nhất 50% số cuộc kiểm tra và lấy mẫu xét nghiệm nhanh ngay tại bếp ăn.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Đại biểu ngồi theo hàng trong phòng họp, phía trước là đoàn chủ tọa"><figcaption>Đại biểu chất vấn tại phiên họp Thường trực HĐND thành phố.</figcaption></figure>
<h2>Phụ huynh cần được tham gia giám sát</h2>
<p>Giám đốc Sở Giáo dục và Đào tạo Vũ Thị Hồng Nhung cho biết việc lựa chọn nhà cung cấp
suất ăn do nhà trường thực hiện, có sự tham gia của Ban đại diện cha mẹ học sinh. Sở đã yêu
cầu các trường công khai thực đơn, đơn giá suất ăn và kết quả kiểm tra định kỳ; mỗi tuần bố
trí phụ huynh luân phiên giám sát bữa ăn của học sinh.</p>
<p>Tranh luận lại, đại biểu Huỳnh Ngọc Bảo cho rằng việc công khai mới dừng ở bảng tin của
nhà trường, nhiều phụ huynh không nắm được. Đại biểu đề nghị đưa thông tin lên ứng dụng liên
lạc giữa nhà trường và gia đình mà các trường đang sử dụng.</p>
<blockquote><p>“Bữa ăn của học sinh không cho phép bất kỳ sự chủ quan nào. Mỗi cơ quan phải
biết rõ phần việc của mình và chịu trách nhiệm đến cùng khi xảy ra sự cố”, Chủ tịch HĐND
thành phố Nguyễn Thị Thanh Hà kết luận.</p></blockquote>
<p>Thường trực HĐND thành phố sẽ ban hành thông báo kết luận phiên chất vấn, yêu cầu hoàn
thành kiểm tra toàn bộ bếp ăn bán trú trước khi kết thúc học kỳ này và báo cáo kết quả tại
kỳ họp thường lệ cuối năm.</p>
""",
        "byline": "Tin, ảnh: Minh Châu",
        "source": "Ban Văn hóa – Xã hội HĐND thành phố",
        "days_ago": 82,
        "hour": 17,
        "minute": 45,
        "is_featured": False,
        "cover_caption": (
            "Phiên chất vấn tại phiên họp Thường trực HĐND thành phố về an toàn thực phẩm trong "
            "trường học."
        ),
        "cover_alt": (
            "Minh họa phòng họp với đoàn chủ tọa trước phông đỏ, bục phát biểu và các đại biểu "
            "ngồi theo hàng"
        ),
        "scene": "meeting",
    },
    {
        "title": (
            "Ban Pháp chế giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại ba phường"
        ),
        "slug": (
            "ban-phap-che-giam-sat-viec-tiep-cong-dan-giai-quyet-khieu-nai-to-cao-tai-ba-phuong"
        ),
        "category": "tiep-cong-dan",
        "sapo": (
            "Ban Pháp chế HĐND thành phố Minh Giang đã giám sát công tác tiếp công dân, giải "
            "quyết khiếu nại, tố cáo tại UBND các phường Cầu Đá, Đông Lạc và Ngọc Thạch. Đoàn ghi "
            "nhận nhiều chuyển biến tích cực, song tỷ lệ giải quyết đúng hạn ở một số nơi còn "
            "thấp."
        ),
        "body": """\
<p>Đoàn giám sát do Trưởng Ban Pháp chế HĐND thành phố Cao Xuân Hòa làm trưởng đoàn. Bên
cạnh làm việc với lãnh đạo UBND ba phường, đoàn đã trực tiếp kiểm tra sổ tiếp công dân, hồ
sơ giải quyết 60 vụ việc được chọn ngẫu nhiên và trao đổi với một số công dân có đơn.</p>
<h2>Nhiều vụ việc được giải quyết ngay từ cơ sở</h2>
<p>Từ đầu năm đến thời điểm giám sát, ba phường đã tiếp 1.072 lượt công dân, tiếp nhận 538
đơn; trong đó 412 đơn thuộc thẩm quyền giải quyết của UBND phường. Đến nay đã giải quyết 371
đơn, đạt 90%. Phần lớn vụ việc liên quan đến tranh chấp đất đai giữa các hộ liền kề, trật tự
xây dựng và môi trường khu dân cư.</p>
<p>Đoàn ghi nhận phường Cầu Đá đã bố trí phòng tiếp công dân riêng, có lịch tiếp của Chủ
tịch UBND phường niêm yết công khai; nhiều vụ việc được hòa giải thành ngay tại tổ dân phố,
không phát sinh thành khiếu nại.</p>
<figure class="image"><img src="__IMAGE_1__" alt="Xấp hồ sơ trên mặt bàn gỗ, bên cạnh là bút và kính đọc sách"><figcaption>Đoàn giám sát kiểm tra ngẫu nhiên 60 hồ sơ giải quyết đơn thư.</figcaption></figure>
<h2>Tỷ lệ giải quyết đúng hạn chưa cao</h2>
<p>Tuy nhiên, tỷ lệ giải quyết đúng thời hạn của ba phường chỉ đạt 78%; riêng phường Đông
Lạc đạt 64%. Qua kiểm tra hồ sơ, đoàn phát hiện một số vụ việc chỉ được trả lời bằng lời
nói, không có văn bản; có buổi đối thoại được ghi biên bản sơ sài, không thể hiện ý kiến của
công dân. Sổ theo dõi ở một phường chưa được cập nhật thường xuyên, khó xác định vụ việc
đang ở khâu nào.</p>
<p>Làm việc với đoàn, lãnh đạo UBND phường Đông Lạc cho biết địa bàn có nhiều dự án chỉnh
trang đô thị, số đơn tăng đột biến trong khi công chức địa chính chỉ có hai người. Phường đã
đề nghị thành phố bổ sung nhân lực và hỗ trợ phần mềm quản lý đơn thư.</p>
<blockquote><p>“Giải quyết đúng hạn là quyền của công dân chứ không phải sự ưu ái của cơ
quan nhà nước. Khó khăn về nhân lực cần được tháo gỡ, nhưng không thể là lý do để đơn thư
nằm chờ”, ông Cao Xuân Hòa nhấn mạnh.</p></blockquote>
<h2>Kiến nghị của đoàn giám sát</h2>
<ul>
<li>UBND các phường chấn chỉnh việc trả lời đơn bằng văn bản; ghi biên bản đối thoại đầy đủ,
có chữ ký của các bên.</li>
<li>Cập nhật toàn bộ đơn thư vào phần mềm quản lý dùng chung của thành phố để theo dõi tiến
độ.</li>
<li>UBND thành phố xem xét bổ sung, điều động công chức cho các phường có số đơn lớn.</li>
<li>Tăng cường hòa giải ở cơ sở, phát huy vai trò của tổ hòa giải và Ban công tác Mặt trận
khu phố.</li>
</ul>
<p>Ban Pháp chế sẽ giám sát lại việc thực hiện các kiến nghị sau sáu tháng và báo cáo kết
quả với Thường trực HĐND thành phố.</p>
""",
        "byline": "Đức Anh",
        "source": "Ban Pháp chế HĐND thành phố",
        "days_ago": 96,
        "hour": 15,
        "minute": 0,
        "is_featured": False,
        "cover_caption": (
            "Hồ sơ giải quyết đơn thư của công dân được đoàn giám sát kiểm tra trực tiếp."
        ),
        "cover_alt": (
            "Minh họa tập hồ sơ giấy tờ xếp chồng trên bàn, trang trên cùng có con dấu tròn màu đỏ"
        ),
        "scene": "document",
    },
]


# --------------------------------------------------------------------------- self-check

IMAGE_PLACEHOLDERS = ("__IMAGE_1__", "__IMAGE_2__")
ALLOWED_TAGS = {
    "p",
    "h2",
    "h3",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "figure",
    "img",
    "figcaption",
    "a",
}
ALLOWED_ATTRS = {"figure": {"class"}, "img": {"src", "alt"}, "a": {"href"}}
REQUIRED_KEYS = {
    "title",
    "slug",
    "category",
    "sapo",
    "body",
    "byline",
    "source",
    "days_ago",
    "hour",
    "minute",
    "is_featured",
    "cover_caption",
    "cover_alt",
    "scene",
}
MIN_WORDS, MAX_WORDS = 350, 800

_TAG_RE = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)([^>]*)>")
_ATTR_RE = re.compile(r'([a-zA-Z-]+)\s*=\s*"([^"]*)"')


def _slugify(text: str) -> str:
    """ASCII slug: lower case, Vietnamese tone marks removed, đ -> d, words joined by '-'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def word_count(html: str) -> int:
    """Number of whitespace-separated words in the text of an HTML fragment."""
    return len(_TAG_RE.sub(" ", html).split())


def validate() -> dict:
    """Assert the invariants the demo loader relies on; return a small summary."""
    cat_slugs = [c["slug"] for c in CATEGORIES]
    assert len(CATEGORIES) >= 6, "need at least 6 categories"
    assert len(set(cat_slugs)) == len(cat_slugs), "duplicate category slug"
    assert sorted(c["order"] for c in CATEGORIES) == list(range(1, len(CATEGORIES) + 1))
    for cat in CATEGORIES:
        assert cat["slug"] == _slugify(cat["name"]), cat["slug"]
        assert cat["description"].strip(), cat["slug"]

    assert len(ARTICLES) >= 16, "need at least 16 articles"
    slugs = [a["slug"] for a in ARTICLES]
    assert len(set(slugs)) == len(slugs), "duplicate article slug"
    assert sum(1 for a in ARTICLES if a["is_featured"]) == 1, "exactly one featured article"
    days = [a["days_ago"] for a in ARTICLES]
    assert len(set(days)) == len(days), "days_ago must be distinct"
    assert 0 in days and all(0 <= d <= 120 for d in days)

    per_category = dict.fromkeys(cat_slugs, 0)
    with_images = tables = 0
    total_words = 0
    for art in ARTICLES:
        name = art["slug"]
        assert set(art) == REQUIRED_KEYS, (name, set(art) ^ REQUIRED_KEYS)
        assert art["category"] in per_category, (name, art["category"])
        per_category[art["category"]] += 1
        assert art["slug"] == _slugify(art["title"]), (name, _slugify(art["title"]))
        assert 60 <= len(art["title"]) <= 120, (name, len(art["title"]))
        assert 200 <= len(art["sapo"]) <= 400, (name, len(art["sapo"]))
        assert art["scene"] in SCENES, (name, art["scene"])
        assert 0 <= art["hour"] <= 23 and 0 <= art["minute"] <= 59, name
        for key in ("byline", "source", "cover_caption", "cover_alt"):
            assert art[key].strip(), (name, key)

        body = art["body"]
        words = word_count(body)
        total_words += words
        assert MIN_WORDS <= words <= MAX_WORDS, (name, words)
        placeholders = set(re.findall(r"__[A-Z0-9_]+__", body))
        assert placeholders <= set(IMAGE_PLACEHOLDERS), (name, placeholders)
        if "__IMAGE_2__" in placeholders:
            assert "__IMAGE_1__" in placeholders, name
        for ph in placeholders:
            assert body.count(ph) == 1, (name, ph)
        with_images += bool(placeholders)
        tables += "<table>" in body
        assert "style=" not in body, name

        stack = []
        for closing, tag, attrs in _TAG_RE.findall(body):
            tag = tag.lower()
            assert tag in ALLOWED_TAGS, (name, tag)
            found = dict(_ATTR_RE.findall(attrs))
            assert set(found) <= ALLOWED_ATTRS.get(tag, set()), (name, tag, found)
            if tag == "figure" and not closing:
                assert found.get("class") == "image", name
            if tag == "img":
                assert found.get("src") in IMAGE_PLACEHOLDERS and found.get("alt"), name
                continue  # void element
            if tag == "a" and not closing:
                assert found.get("href", "").startswith("/"), (name, found)
            if closing:
                assert stack and stack.pop() == tag, (name, "unbalanced", tag)
            else:
                stack.append(tag)
        assert not stack, (name, "unclosed", stack)

    assert all(n >= 2 for n in per_category.values()), per_category
    assert with_images * 2 >= len(ARTICLES), "in-body photos in at least half of the articles"
    assert tables >= 2, "tables in at least two articles"
    return {
        "categories": len(CATEGORIES),
        "articles": len(ARTICLES),
        "words": total_words,
        "with_images": with_images,
        "tables": tables,
        "per_category": per_category,
    }


if __name__ == "__main__":
    print(validate())
