"""Demo data: a client book that looks like a Chinese key-account rep's.

Companies are named the way Chinese companies are registered (city, brand,
trade, legal form: 深圳市华达精密制造有限公司, short name 华达精密), spread over
the regions and cities a national sales team covers, in the industries the
manuals talk about. Each has one to five contacts with realistic names
(surnames by their frequency in China, two- and three-character names, a few
English names such as "David 王"), titles and departments that fit a
company's buying centre, mobile numbers in E.164, working hours, lunch breaks
and the other facts the timing, personality and care rules work with.

Rows are written from plain values through the store's fast path for new
rows (:func:`~kamdesk.models.capture.insert_new_rows`): no ORM objects, and
still every row is recorded in the outbox and the search index exactly as a
user's own entries would be. The content is
deterministic for a given ``seed``; row ids are not (they are UUIDs that
must stay unique on the hub even if two reps use the same seed).

The accounts added are listed in ``demo_accounts``: while any is there the
data directory does not sync (demo companies must never reach the office
hub), and :func:`remove_demo` takes them out with every row of theirs.

Enumerated values use the stable codes of DESIGN.md. Milestone codes follow
the manual's pipeline (行业与客户规划 → 建立关系 → 项目立项 → 方案/招投标 →
签约 → 交付): ``planning``, ``relationship``, ``initiation``, ``solution``,
``contract``, ``delivery``.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from phonenumbers import PhoneNumber, is_valid_number
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kamdesk.cancel import CancelToken, Progress, no_progress
from kamdesk.models import (
    SYNCED_MODELS,
    Account,
    Contact,
    DemoAccount,
    Task,
    Visit,
    new_id,
    search_index,
)
from kamdesk.models.capture import bulk_writing, insert_new_rows

#: Accounts written per batch: big enough for executemany to pay off, small
#: enough that progress and cancel stay responsive and memory stays flat.
BATCH_ACCOUNTS = 1000

T = TypeVar("T")


@dataclass(frozen=True)
class DemoResult:
    """What :func:`generate_demo` added."""

    accounts: int
    contacts: int
    visits: int = 0
    tasks: int = 0


class _Weighted:
    """Draws from ``items`` with the given relative weights (one bisect per draw)."""

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(itertools.accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


# --- places --------------------------------------------------------------------------

#: (region, province, city, area code, districts); municipalities have no province.
_CITIES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("华东", "", "上海", "21", ("浦东新区", "徐汇区", "闵行区", "静安区", "长宁区", "嘉定区")),
    ("华东", "江苏省", "南京", "25", ("鼓楼区", "建邺区", "江宁区", "玄武区")),
    ("华东", "江苏省", "苏州", "512", ("工业园区", "吴中区", "相城区", "虎丘区")),
    ("华东", "江苏省", "无锡", "510", ("滨湖区", "新吴区", "梁溪区")),
    ("华东", "浙江省", "杭州", "571", ("西湖区", "滨江区", "余杭区", "萧山区", "拱墅区")),
    ("华东", "浙江省", "宁波", "574", ("鄞州区", "北仑区", "海曙区")),
    ("华东", "山东省", "济南", "531", ("历下区", "高新区", "槐荫区")),
    ("华东", "山东省", "青岛", "532", ("市南区", "崂山区", "黄岛区", "李沧区")),
    ("华东", "安徽省", "合肥", "551", ("蜀山区", "包河区", "经开区")),
    ("华东", "福建省", "厦门", "592", ("思明区", "湖里区", "集美区")),
    ("华东", "福建省", "福州", "591", ("鼓楼区", "仓山区", "闽侯县")),
    ("华南", "广东省", "深圳", "755", ("南山区", "福田区", "宝安区", "龙岗区", "龙华区")),
    ("华南", "广东省", "广州", "20", ("天河区", "黄埔区", "番禺区", "白云区", "海珠区")),
    ("华南", "广东省", "东莞", "769", ("松山湖", "长安镇", "南城街道", "虎门镇")),
    ("华南", "广东省", "佛山", "757", ("顺德区", "南海区", "禅城区")),
    ("华南", "广东省", "珠海", "756", ("香洲区", "金湾区")),
    ("华南", "广西壮族自治区", "南宁", "771", ("青秀区", "西乡塘区")),
    ("华南", "海南省", "海口", "898", ("龙华区", "美兰区")),
    ("华北", "", "北京", "10", ("海淀区", "朝阳区", "东城区", "丰台区", "昌平区", "大兴区")),
    ("华北", "", "天津", "22", ("滨海新区", "南开区", "河西区", "西青区")),
    ("华北", "河北省", "石家庄", "311", ("长安区", "裕华区", "桥西区")),
    ("华北", "山西省", "太原", "351", ("小店区", "迎泽区")),
    ("华北", "内蒙古自治区", "呼和浩特", "471", ("赛罕区", "新城区")),
    ("华中", "湖北省", "武汉", "27", ("洪山区", "江汉区", "武昌区", "东湖高新区")),
    ("华中", "湖南省", "长沙", "731", ("岳麓区", "雨花区", "开福区", "天心区")),
    ("华中", "河南省", "郑州", "371", ("金水区", "郑东新区", "二七区", "高新区")),
    ("华中", "江西省", "南昌", "791", ("红谷滩区", "青山湖区", "东湖区")),
    ("西南", "", "重庆", "23", ("渝北区", "江北区", "九龙坡区", "沙坪坝区")),
    ("西南", "四川省", "成都", "28", ("武侯区", "高新区", "锦江区", "成华区", "双流区")),
    ("西南", "云南省", "昆明", "871", ("五华区", "盘龙区", "官渡区")),
    ("西南", "贵州省", "贵阳", "851", ("观山湖区", "南明区", "云岩区")),
    ("西北", "陕西省", "西安", "29", ("雁塔区", "未央区", "高新区", "碑林区")),
    ("西北", "甘肃省", "兰州", "931", ("城关区", "七里河区")),
    ("西北", "新疆维吾尔自治区", "乌鲁木齐", "991", ("天山区", "沙依巴克区")),
    ("西北", "宁夏回族自治区", "银川", "951", ("金凤区", "兴庆区")),
    ("东北", "辽宁省", "沈阳", "24", ("和平区", "浑南区", "铁西区")),
    ("东北", "辽宁省", "大连", "411", ("甘井子区", "中山区", "高新园区")),
    ("东北", "吉林省", "长春", "431", ("朝阳区", "南关区", "高新区")),
    ("东北", "黑龙江省", "哈尔滨", "451", ("南岗区", "道里区", "松北区")),
)
#: Bigger economies have more clients.
_CITY = _Weighted(
    [
        (city, {"上海": 9, "深圳": 9, "北京": 9, "广州": 7, "杭州": 6, "苏州": 6}.get(city[2], 2))
        for city in _CITIES
    ]
)

_ROADS = (
    "人民路", "中山路", "解放路", "建设路", "科技路", "创业路", "高新大道", "滨海大道",
    "长江路", "黄河路", "学府路", "文化路", "工业大道", "金融街", "世纪大道", "迎宾路",
    "东风路", "和平路", "新华路", "锦绣路", "春晖路", "天府大道", "科苑路", "软件园路",
)  # fmt: skip
_BUILDINGS = (
    "{brand}大厦", "科技园{block}栋", "国际商务中心{block}座", "创新中心{block}座",
    "{brand}工业园{block}栋", "金融中心{block}座", "产业园{block}区", "软件园{block}栋",
)  # fmt: skip

# --- companies -----------------------------------------------------------------------

#: industry label → (trade as registered, trade in the short name)
_TRADES: dict[str, tuple[tuple[str, str], ...]] = {
    "制造": (
        ("精密制造", "精密"), ("机械设备", "机械"), ("电子科技", "电子"), ("五金制品", "五金"),
        ("模具", "模具"), ("自动化设备", "自动化"), ("汽车零部件", "汽配"), ("塑胶制品", "塑胶"),
        ("电气", "电气"), ("新材料", "新材料"),
    ),
    "医药": (
        ("医药", "医药"), ("生物科技", "生物"), ("医疗器械", "医疗"), ("制药", "制药"),
        ("药业", "药业"), ("健康产业", "健康"),
    ),
    "零售": (
        ("商贸", "商贸"), ("百货", "百货"), ("连锁超市", "超市"), ("电子商务", "电商"),
        ("家居", "家居"), ("便利店", "便利"),
    ),
    "金融": (
        ("投资", "投资"), ("融资租赁", "租赁"), ("资产管理", "资管"), ("保险代理", "保险"),
        ("金融信息服务", "金服"), ("商业保理", "保理"),
    ),
    "教育": (
        ("教育科技", "教育"), ("职业培训", "培训"), ("文化传播", "文化"), ("教育咨询", "教育"),
    ),
    "物流": (
        ("物流", "物流"), ("供应链管理", "供应链"), ("国际货运代理", "货代"), ("仓储服务", "仓储"),
        ("冷链物流", "冷链"), ("快运", "快运"),
    ),
    "IT": (
        ("信息技术", "信息"), ("软件", "软件"), ("网络科技", "网络"), ("数据科技", "数据"),
        ("智能科技", "智能"), ("计算机系统", "系统"), ("云计算", "云计算"),
    ),
    "能源": (
        ("新能源", "新能源"), ("能源科技", "能源"), ("电力工程", "电力"), ("光伏科技", "光伏"),
        ("燃气", "燃气"), ("储能技术", "储能"),
    ),
    "建筑": (
        ("建设工程", "建设"), ("建筑装饰工程", "装饰"), ("建材", "建材"), ("工程咨询", "咨询"),
        ("市政工程", "市政"), ("钢结构工程", "钢构"),
    ),
    "食品": (
        ("食品", "食品"), ("餐饮管理", "餐饮"), ("农业发展", "农业"), ("饮料", "饮料"),
        ("粮油", "粮油"), ("乳业", "乳业"),
    ),
}  # fmt: skip
_INDUSTRY = _Weighted(
    [("制造", 22), ("IT", 14), ("零售", 10), ("医药", 9), ("物流", 9), ("建筑", 9),
     ("金融", 8), ("食品", 8), ("能源", 6), ("教育", 5)]
)  # fmt: skip

_BRAND_FIRST = "华中恒宏天金新永盛鑫瑞泰嘉汇东海康博信明安兴广联远佳鼎凯德正誉长亿万星旭晨创卓"
_BRAND_SECOND = "达信通泰盛源远发兴宇鑫隆昌辉晟创科华美康安力邦丰润航瑞诚和威捷腾弘峰锦"
#: real-sounding three-character brands, now and then
_BRANDS_THREE = (
    "金太阳", "红星美", "新世纪", "大自然", "东方红", "长城星", "蓝天鹅", "金海湾",
    "南方舟", "中科创", "汇丰源", "百川汇", "千禧龙", "万家福", "顺丰达", "天下通",
)  # fmt: skip

#: (template, weight); {city} {shi} {brand} {trade}
_NAME_FORMS = _Weighted(
    [
        ("{city}{shi}{brand}{trade}有限公司", 34),
        ("{city}{brand}{trade}股份有限公司", 14),
        ("{brand}{trade}（{city}）有限公司", 10),
        ("{brand}{trade}集团有限公司", 7),
        ("{city}{brand}{trade}有限责任公司", 10),
        ("{brand}{trade}有限公司", 20),
        ("{city}{brand}集团有限公司", 5),
    ]
)
_MUNICIPALITIES = frozenset({"上海", "北京", "天津", "重庆"})

_CATEGORY = _Weighted([("industry", 3), ("regional", 4), ("potential", 3)])
_LIFECYCLE = _Weighted(
    [("loyal", 3), ("fast_growing", 2), ("sleeping", 2), ("worth_cultivating", 3)]
)
_TIER = _Weighted([("A", 2), ("B", 3), ("C", 5)])
_MILESTONE = _Weighted(
    [("planning", 25), ("relationship", 25), ("initiation", 15), ("solution", 12),
     ("contract", 10), ("delivery", 13)]
)  # fmt: skip
_SOURCE = _Weighted([("own", 4), ("online", 2), ("map", 2), ("referral", 2)])
_INTERVAL_BY_TIER = {"A": 14, "B": 30, "C": 60}

_COMPETITORS = {
    "IT": ("用友、金蝶", "浪潮、华为云", "阿里云、腾讯云", "东软、中软国际", "神州数码"),
    "制造": ("西门子、施耐德", "汇川技术", "ABB", "三菱电机", "本地小厂低价竞争"),
}
_COMPETITORS_ANY = ("两家本地供应商", "一家外资品牌", "老供应商关系深", "暂未发现", "价格战激烈")
_PROJECTS = {
    "制造": ("MES系统升级", "新厂房自动化产线", "ERP替换", "仓储自动化改造"),
    "医药": ("GMP合规改造", "冷链追溯系统", "新药研发中心建设", "医院渠道拓展"),
    "零售": ("门店数字化改造", "会员系统升级", "华南区新开50家门店", "供应链协同平台"),
    "金融": ("核心系统国产化替换", "数据中心扩容", "风控平台建设", "移动展业终端采购"),
    "教育": ("智慧校园建设", "在线学习平台", "实训中心设备采购"),
    "物流": ("WMS仓储系统升级", "车队管理平台", "新建区域分拨中心", "冷链车辆更新"),
    "IT": ("私有云平台建设", "全员办公电脑更新", "网络安全等保三级整改", "研发测试环境扩容"),
    "能源": ("光伏电站运维平台", "储能项目EPC", "智能电表改造", "集控中心建设"),
    "建筑": ("BIM协同平台", "项目部办公设备集采", "新总部大楼智能化", "劳务实名制系统"),
    "食品": ("食品安全追溯系统", "新生产基地建设", "渠道数字化", "中央厨房改造"),
}
_ACCOUNT_NOTES = (
    "年度框架协议年底到期，需提前沟通续签。",
    "对价格敏感，更看重交付周期和售后响应。",
    "老板亲自拍板，采购只做执行。",
    "去年有一次交付延误，客户有些意见，需要重建信任。",
    "竞争对手最近频繁拜访，注意维护关系。",
    "今年预算已批，下半年集中采购。",
    "集团统一招标，分公司只能提需求。",
    "春节前后是采购高峰。",
    "客户希望我们提供同行业的成功案例。",
    "新任IT负责人刚到岗，需要尽快拜访。",
)
_BACKGROUND = "成立于{year}年，员工约{staff}人，主营{trade}业务，{extra}。"
_BACKGROUND_EXTRA = (
    "在{city}设有总部",
    "在华东、华南设有分公司",
    "近三年营收保持两位数增长",
    "是当地纳税百强企业",
    "正在筹备上市",
    "与多家央企有长期合作",
    "产品出口东南亚和欧洲",
)
_ORG_NOTES = (
    "总经理下设采购、技术、财务、行政四个部门。",
    "采购由集团采购中心统一管理，分公司有建议权。",
    "技术部门在选型中话语权很大。",
    "总部在{city}，另有两个生产基地。",
    "决策链：使用部门提需求 → 技术评估 → 采购比价 → 总经理审批。",
)

# --- people --------------------------------------------------------------------------

#: Surnames with their approximate share of China's population (percent).
_SURNAMES = _Weighted(
    [
        ("王", 7.1), ("李", 7.0), ("张", 6.7), ("刘", 5.4), ("陈", 4.5), ("杨", 3.1),
        ("黄", 2.2), ("赵", 2.0), ("吴", 2.0), ("周", 1.9), ("徐", 1.3), ("孙", 1.2),
        ("马", 1.2), ("朱", 1.1), ("胡", 1.0), ("郭", 1.0), ("何", 0.9), ("高", 0.9),
        ("林", 0.9), ("罗", 0.8), ("郑", 0.8), ("梁", 0.8), ("谢", 0.6), ("宋", 0.5),
        ("唐", 0.5), ("许", 0.5), ("韩", 0.5), ("冯", 0.4), ("邓", 0.4), ("曹", 0.4),
        ("彭", 0.4), ("曾", 0.4), ("肖", 0.4), ("田", 0.3), ("董", 0.3), ("袁", 0.3),
        ("潘", 0.3), ("于", 0.3), ("蒋", 0.3), ("蔡", 0.3), ("余", 0.3), ("杜", 0.3),
        ("叶", 0.3), ("程", 0.3), ("苏", 0.2), ("魏", 0.2), ("吕", 0.2), ("丁", 0.2),
        ("任", 0.2), ("沈", 0.2), ("姚", 0.2), ("卢", 0.2), ("姜", 0.2), ("崔", 0.2),
        ("钟", 0.2), ("谭", 0.2), ("陆", 0.2), ("汪", 0.2), ("范", 0.2), ("金", 0.2),
        ("石", 0.2), ("廖", 0.2), ("贾", 0.2), ("夏", 0.2), ("韦", 0.2), ("付", 0.2),
        ("方", 0.2), ("白", 0.2), ("邹", 0.2), ("孟", 0.2), ("熊", 0.2), ("秦", 0.2),
        ("邱", 0.2), ("江", 0.2), ("尹", 0.2), ("薛", 0.1), ("闫", 0.1), ("段", 0.1),
        ("雷", 0.1), ("侯", 0.1), ("龙", 0.1), ("史", 0.1), ("陶", 0.1), ("黎", 0.1),
        ("贺", 0.1), ("顾", 0.1), ("毛", 0.1), ("郝", 0.1), ("龚", 0.1), ("邵", 0.1),
        ("万", 0.1), ("钱", 0.1), ("严", 0.1), ("覃", 0.1), ("武", 0.1), ("戴", 0.1),
        ("莫", 0.1), ("孔", 0.1), ("向", 0.1), ("汤", 0.1), ("单", 0.05), ("欧阳", 0.05),
        ("司马", 0.01), ("上官", 0.01), ("诸葛", 0.01),
    ]
)  # fmt: skip
_GIVEN_MALE_ONE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建峰亮成东晨博"
_GIVEN_FEMALE_ONE = "芳娜敏静丽艳娟霞秀英玲燕婷雪慧莉红梅琳晶颖倩欣怡佳琪璐瑶萍丹蕾薇"
_GIVEN_MALE_TWO = (
    "建国", "志强", "海波", "晓东", "文斌", "国强", "建华", "俊杰", "子轩", "浩然", "宇航",
    "志明", "永刚", "晓峰", "立新", "振华", "德明", "家豪", "鹏飞", "天宇", "明辉", "卫东",
    "红军", "小龙", "文博", "思远", "一鸣", "嘉伟", "国栋", "春生",
)  # fmt: skip
_GIVEN_FEMALE_TWO = (
    "秀英", "桂英", "秀兰", "玉兰", "丽娟", "海燕", "晓燕", "婷婷", "静怡", "雨桐", "欣怡",
    "梦琪", "晓丽", "春梅", "美玲", "丽华", "雪梅", "佳怡", "思琪", "诗涵", "慧敏", "晓雯",
    "文静", "艳红", "淑芬", "佳慧", "晓琳", "雅婷", "子涵", "若曦",
)  # fmt: skip
_ENGLISH_MALE = ("David", "Kevin", "Michael", "Jason", "Tony", "Eric", "Peter", "Frank", "Leo")
_ENGLISH_FEMALE = ("Linda", "Grace", "Cindy", "Vivian", "Amy", "Helen", "Sophia", "Irene")

#: (department, title, decision role, weight) for the contacts after the first
_ROLES = _Weighted(
    [
        (("采购部", "采购经理", "influencer"), 14),
        (("采购部", "采购总监", "decision_maker"), 5),
        (("采购部", "采购专员", "user"), 5),
        (("技术部", "技术总监", "influencer"), 8),
        (("研发中心", "研发经理", "influencer"), 5),
        (("技术部", "高级工程师", "user"), 5),
        (("信息中心", "IT主管", "user"), 8),
        (("信息中心", "IT经理", "influencer"), 5),
        (("信息中心", "信息中心主任", "influencer"), 3),
        (("行政部", "行政主管", "gatekeeper"), 7),
        (("行政部", "行政经理", "gatekeeper"), 4),
        (("总经办", "总经理助理", "gatekeeper"), 4),
        (("财务部", "财务总监", "influencer"), 5),
        (("财务部", "财务经理", "user"), 3),
        (("人力资源部", "人力资源经理", "user"), 3),
        (("市场部", "市场总监", "influencer"), 3),
        (("生产部", "生产经理", "user"), 4),
        (("运营部", "运营总监", "influencer"), 3),
    ]
)
#: the first contact of every account is someone senior
_SENIOR_ROLES = _Weighted(
    [
        (("总经办", "总经理", "decision_maker"), 6),
        (("总经办", "副总经理", "decision_maker"), 3),
        (("董事会", "董事长", "decision_maker"), 1),
        (("采购部", "采购总监", "decision_maker"), 2),
        (("技术部", "技术总监", "influencer"), 2),
    ]
)

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip
_PERSONAL_MAIL = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com")
_WORK_HOURS = _Weighted(
    [
        (("09:00", "18:00", "12:00", "13:30"), 55),
        (("09:00", "18:00", "12:00", "13:00"), 15),
        (("08:30", "17:30", "12:00", "13:30"), 15),
        (("08:00", "17:00", "11:30", "13:00"), 8),
        (("09:30", "18:30", "12:00", "13:30"), 7),
    ]
)
_HABITUAL = (
    [["20:00", "21:00"]],
    [["07:30", "08:30"]],
    [["12:30", "13:00"]],
    [["19:00", "20:30"]],
    [["07:30", "08:00"], ["20:00", "21:00"]],
)
_PERSONALITY = ("actor", "driver", "professor", "amiable")
_CONTACT_NOTES = (
    "喜欢喝茶，拜访可以带点好茶。",
    "周五下午一般在开会，不方便打扰。",
    "说话直接，只关心结果和工期。",
    "做事细致，要准备详细的技术参数和对比数据。",
    "是老乡（湖南人），聊得来。",
    "孩子今年高考，最近比较忙。",
    "喜欢打羽毛球，周末常去体育馆。",
    "刚从竞争对手那边跳槽过来。",
    "上次拜访提到明年计划扩产。",
    "对我们的售后服务评价很好，可请他做推荐。",
    "微信联系比电话更方便。",
    "决策前一定要向老板汇报，推进慢。",
)
_CONTACT_COUNT = _Weighted([(1, 10), (2, 20), (3, 35), (4, 20), (5, 15)])


# Unbounded: the brands and given names they are asked for are a few thousand.
@cache
def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).lower()


@cache
def _initials(text: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.FIRST_LETTER)).lower()


@cache
def _local_digits(area: str) -> int:
    """How many digits a local number has behind ``area`` (7 or 8), by phonenumbers' metadata.

    Not by the code's length: Nanning (771) and Xiamen (592) have seven-digit
    numbers, Suzhou (512) eight.
    """
    for digits in (8, 7):
        number = PhoneNumber(country_code=86, national_number=int(f"{area}{'6' * digits}"))
        if is_valid_number(number):
            return digits
    raise ValueError(f"area code {area} has neither 7- nor 8-digit numbers")


class _DemoBook:
    """Draws accounts and contacts from one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.today = date(2026, 1, 1)

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def brand(self) -> str:
        if self.chance(0.05):
            return self.pick(_BRANDS_THREE)
        first = self.pick(_BRAND_FIRST)
        second = self.pick(_BRAND_SECOND)
        while second == first:
            second = self.pick(_BRAND_SECOND)
        return first + second

    def account(self) -> tuple[dict[str, Any], str, str]:
        """An account's values, its e-mail domain and its city's area code."""
        rng = self.rng
        region, province, city, area, districts = _CITY.draw(rng)
        industry = _INDUSTRY.draw(rng)
        for _attempt in range(50):
            brand = self.brand()
            trade, trade_short = self.pick(_TRADES[industry])
            form = _NAME_FORMS.draw(rng)
            shi = "市" if city not in _MUNICIPALITIES and self.chance(0.5) else ""
            name = form.format(city=city, shi=shi, brand=brand, trade=trade)
            if name not in self.names:
                break
        else:  # pragma: no cover - 100k names draw from millions of combinations
            name = f"{name}（{len(self.names)}）"
        self.names.add(name)
        short_name = brand if self.chance(0.4) else brand + trade_short

        tier = _TIER.draw(rng)
        domain = self.domain(brand, trade_short)
        district = self.pick(districts)
        building = self.pick(_BUILDINGS).format(brand=brand, block="ABCDE"[int(rng.random() * 5)])
        address = (
            f"{province}{city}市{district}{self.pick(_ROADS)}{int(rng.random() * 300) + 1}号"
            f"{building}{int(rng.random() * 30) + 1}楼"
        )
        phones = [self.landline(area)]
        if self.chance(0.25):
            phones.append(self.valid(86, lambda: f"400{int(rng.random() * 9_000_000) + 1_000_000}"))
        background = ""
        if self.chance(0.8):
            background = _BACKGROUND.format(
                year=2026 - int(rng.random() * 30) - 2,
                staff=self.pick((80, 150, 300, 600, 1200, 3000, 8000)),
                trade=trade,
                extra=self.pick(_BACKGROUND_EXTRA).format(city=city),
            )
        competitors = self.pick(_COMPETITORS.get(industry, _COMPETITORS_ANY))
        account = {
            "id": new_id(),  # its contacts refer to it
            "name": name,
            "short_name": short_name,
            "industry": industry,
            "region": region,
            "address": address,
            "phones": phones,
            "website": f"www.{domain}" if self.chance(0.85) else "",
            "category": _CATEGORY.draw(rng),
            "lifecycle_class": _LIFECYCLE.draw(rng),
            "tier": tier,
            "score": round({"A": 80, "B": 60, "C": 35}[tier] + rng.random() * 20, 1),
            "milestone": _MILESTONE.draw(rng),
            "source": _SOURCE.draw(rng),
            "background": background,
            "organisation_notes": (
                self.pick(_ORG_NOTES).format(city=city) if self.chance(0.5) else ""
            ),
            "biggest_project": self.pick(_PROJECTS[industry]) if self.chance(0.6) else "",
            "competitors": competitors if self.chance(0.6) else "",
            "contact_interval_days": _INTERVAL_BY_TIER[tier] if self.chance(0.7) else None,
            "notes": self.pick(_ACCOUNT_NOTES) if self.chance(0.3) else "",
        }
        return account, domain, area

    def domain(self, brand: str, trade_short: str) -> str:
        stem = _pinyin(brand) + _initials(trade_short)
        return stem + self.pick((".com", ".com", ".cn", ".com.cn"))

    def landline(self, area: str) -> str:
        """A fixed-line number in the city with area code ``area``, in E.164."""
        digits = _local_digits(area)
        return self.valid(
            86, lambda: f"{area}{2 + int(self.rng.random() * 7)}{self.digits(digits - 1)}"
        )

    def valid(self, country_code: int, draw: Callable[[], str]) -> str:
        """``+<country_code><draw()>``, drawn again until phonenumbers calls it valid.

        The app refuses a number that ``phonenumbers`` does not know as valid
        (:func:`~kamdesk.services.validation.normalise_phone`), so demo data
        must pass the same check: ranges differ between cities and operators
        (Hong Kong's 58x, Singapore's 99x are not handed out), and checking a
        parsed-once number costs a few microseconds.
        """
        for _attempt in range(100):
            national = draw()
            if is_valid_number(
                PhoneNumber(country_code=country_code, national_number=int(national))
            ):
                return f"+{country_code}{national}"
        raise RuntimeError(f"no valid +{country_code} number in 100 draws")  # pragma: no cover

    def person(self) -> tuple[str, str, str, bool]:
        """(display name, surname, given name, is female)."""
        rng = self.rng
        surname = _SURNAMES.draw(rng)
        female = rng.random() < 0.45
        if rng.random() < 0.28:
            given = self.pick(_GIVEN_FEMALE_ONE if female else _GIVEN_MALE_ONE)
        elif rng.random() < 0.5:
            given = self.pick(_GIVEN_FEMALE_TWO if female else _GIVEN_MALE_TWO)
        else:
            pool = _GIVEN_FEMALE_ONE if female else _GIVEN_MALE_ONE
            given = self.pick(pool) + self.pick(pool)
        if rng.random() < 0.04:
            english = self.pick(_ENGLISH_FEMALE if female else _ENGLISH_MALE)
            return f"{english} {surname}", surname, english, female
        return surname + given, surname, given, female

    def contact(self, account_id: str, domain: str, area: str, titles: set[str]) -> dict[str, Any]:
        """A contact's values; the first of an account (``titles`` empty) is someone senior."""
        rng = self.rng
        name, surname, given, _female = self.person()
        roles = _ROLES if titles else _SENIOR_ROLES
        department, title, role = roles.draw(rng)
        while title in titles:  # one 采购经理 per company is enough
            department, title, role = roles.draw(rng)
        senior = not titles
        titles.add(title)
        timezone = "Asia/Shanghai"
        roll = rng.random()
        if roll < 0.012:
            timezone = "Asia/Hong_Kong"
            phones = [self.valid(852, lambda: f"{self.pick('569')}{self.digits(7)}")]
        elif roll < 0.02:
            timezone = "Asia/Singapore"
            phones = [self.valid(65, lambda: f"{self.pick('89')}{self.digits(7)}")]
        else:
            phones = [self.valid(86, lambda: f"{self.pick(_MOBILE_PREFIXES)}{self.digits(8)}")]
        if rng.random() < 0.15:
            phones.append(self.landline(area))

        email = ""
        roll = rng.random()
        if roll < 0.75:
            style = rng.random()
            if style < 0.3:
                local = f"{_pinyin(given)}.{_pinyin(surname)}"  # wei.wang, david.wang
            elif style < 0.5:
                local = _initials(given) + _pinyin(surname)  # jgwang
            else:
                local = _pinyin(surname) + _pinyin(given)  # wangjianguo
            email = f"{local}@{domain}"
        elif roll < 0.9:
            if rng.random() < 0.5:
                email = f"{int(rng.random() * 900_000_000) + 100_000_000}@qq.com"
            else:
                email = f"{_pinyin(surname)}{_pinyin(given)}{int(rng.random() * 90) + 10}@"
                email += self.pick(_PERSONAL_MAIL)

        work_start, work_end, lunch_start, lunch_end = _WORK_HOURS.draw(rng)
        personality = self.pick(_PERSONALITY) if rng.random() < 0.6 else None
        birthday, calendar = self.birthday()
        return {
            "account_id": account_id,
            "name": name,
            "title": title,
            "department": department,
            "decision_role": role,
            "phones": phones,
            "email": email,
            "work_start": work_start,
            "work_end": work_end,
            "lunch_start": lunch_start,
            "lunch_end": lunch_end,
            "timezone": timezone,
            "habitual_times": self.pick(_HABITUAL) if rng.random() < 0.2 else [],
            "known_to_rep": rng.random() < (0.7 if senior else 0.4),
            "personality": personality,
            "birthday": birthday,
            "birthday_calendar": calendar,
            "notes": self.pick(_CONTACT_NOTES) if rng.random() < 0.15 else "",
        }

    def digits(self, count: int) -> str:
        return str(int(self.rng.random() * 10**count)).zfill(count)

    def birthday(self) -> tuple[str | None, str]:
        rng = self.rng
        if rng.random() >= 0.35:
            return None, "solar"
        lunar = rng.random() < 0.15
        month = int(rng.random() * 12) + 1
        day = int(rng.random() * (29 if lunar else 28)) + 1
        if rng.random() < 0.3:
            return f"--{month:02d}-{day:02d}", "lunar" if lunar else "solar"
        born = self.today - timedelta(days=365 * (24 + int(rng.random() * 36)))
        return f"{born.year:04d}-{month:02d}-{day:02d}", "lunar" if lunar else "solar"


# --- visits ----------------------------------------------------------------------------------

#: The rep's zone for the demo's visit times (the demo's contacts are in China).
_DEMO_ZONE = "Asia/Shanghai"
#: Visits done in the past: at most this many in the whole book (one rep's half year),
#: so a 100,000-account book costs no more than a small one.
_MAX_DONE_VISITS = 320
#: Accounts with a planned visit from today on: today's, then the next working days'.
_PLANNED_TODAY = ((10, 0), (14, 30), (16, 30))
_PLANNED_LATER = 9
#: How far back the history goes.
_HISTORY_DAYS = 180

_OBJECTIVES = {
    "cold_visit": (
        "初次拜访，了解客户基本情况，交换名片，介绍公司和主打产品",
        "认识采购负责人，了解现有供应商和采购流程",
        "介绍本季度的优惠活动，争取一次产品演示的机会",
    ),
    "referral": (
        "经{referrer}介绍拜访，了解客户规模和需求，寻找合作切入点",
        "借{referrer}的引荐认识决策人，了解今年的项目计划",
    ),
    "existing_client": (
        "回访使用情况，收集意见，了解明年的采购计划",
        "跟进上次的报价，推动合同进入审批",
        "介绍新品和年底活动，争取增购",
        "维护关系，了解{project}的进展",
    ),
    "client_visits_us": (
        "接待客户参观公司和展厅，演示产品，洽谈合作细节",
        "客户来访考察生产和交付能力，介绍成功案例",
    ),
}
_NOTES = (
    "{contact}介绍了公司今年的发展重点，{project}是他们最关心的事。"
    "现场演示了产品的主要功能，对报表和移动端比较感兴趣，问了不少实施周期的问题。",
    "会面约一小时。{contact}先谈了现有供应商的问题：响应慢、售后不到位。"
    "我们介绍了服务体系和本地团队，对方表示可以安排一次技术交流。",
    "客户采购部和技术部都有人参加。技术部关注与现有系统的对接，采购部关心价格和付款方式。"
    "整体气氛不错，{contact}最后留下了手机号，说有问题随时联系。",
    "{contact}比较忙，只谈了二十分钟。把彩页和样品留下了，约好下周电话跟进。",
    "参观了客户的生产现场，了解到他们的产能今年要扩大三成。"
    "{contact}提到年底前要定下供应商，建议我们尽快提交方案。",
    "这次主要是回访。客户对目前的使用情况总体满意，提出了两个改进建议："
    "培训再多安排一次，报表导出更灵活。",
)
_NEEDS = (
    "希望缩短交货周期；需要移动端查看订单",
    "明年预算增加，考虑扩大采购范围",
    "现有系统报表不够用，需要按区域统计",
    "需要一次面向一线员工的培训",
    "希望有本地的售后服务团队",
    "关注数据安全，要求私有化部署",
)
_OBJECTIONS = (
    "价格比现有供应商高约10%",
    "担心切换供应商的风险和实施周期",
    "预算要等明年一季度才批",
    "决策要总部审批，周期较长",
    "对我们的品牌还不够了解，想先看案例",
    "",
)
_OUTCOMES = (
    "客户同意安排产品演示",
    "拿到了采购需求清单，约定提交方案",
    "客户愿意先小批量试用",
    "报价已送达，客户内部评估中",
    "关系进一步拉近，客户推荐了其他部门的负责人",
    "暂时没有需求，保持联系",
)
_NEXT_STEPS = (
    "一周内提交方案和报价；下次拜访带技术同事",
    "电话确认演示时间，准备演示环境",
    "整理客户提出的问题，三天内书面答复",
    "约{contact}参加下月的客户交流会",
    "跟进试用情况，两周后回访",
)
_PROMISES = (
    "寄送产品报价单",
    "发送成功案例资料",
    "安排技术同事做一次产品演示",
    "提供试用样品",
    "确认交货周期并书面答复",
    "邀请参加客户交流会",
)
_CANCEL_NOTES = ("客户临时出差，改期再约", "对方会议冲突，取消本次拜访")
_SATISFACTION = _Weighted([(2, 1), (3, 3), (4, 5), (5, 3)])
_PLACES = ("客户会议室", "客户办公室", "客户总部", "客户工厂")
#: The preparation steps a rep ticks most (ids of resources/checklists/visit_preparation.json).
_USUAL_TICKS = (
    "rehearse_opening",
    "know_products_campaigns",
    "appearance",
    "bring_brochures",
    "bring_business_cards",
    "bring_notebook_pen",
)


class _DemoVisits:
    """Visits done in the past with their reports and promises, and visits planned from today.

    Draws from a generator of its own, so the accounts and contacts of a seed
    are the same as without visits.
    """

    def __init__(self, rng: random.Random, accounts: int, now: datetime) -> None:
        self.rng = rng
        self.zone = ZoneInfo(_DEMO_ZONE)
        self.now = now.astimezone(UTC)
        self.today = now.astimezone(self.zone).date()
        #: the share of accounts that had visits in the last half year
        self.share = min(0.35, _MAX_DONE_VISITS / 1.6 / max(accounts, 1))
        self.planned_left = len(_PLANNED_TODAY) + _PLANNED_LATER

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def _moment(self, day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), self.zone).astimezone(UTC)

    def _working_day(self, days_back: int) -> date:
        day = self.today - timedelta(days=days_back)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return day

    def _next_working_days(self, count: int) -> list[date]:
        days: list[date] = []
        day = self.today
        while len(days) < count:
            day += timedelta(days=1)
            if day.weekday() < 5:
                days.append(day)
        return days

    def _fill(self, text: str, account: dict[str, Any], contact: dict[str, Any]) -> str:
        return text.format(
            contact=contact["name"],
            project=account.get("biggest_project") or "新项目",
            referrer=self.pick(("老客户刘总", "行业协会的陈秘书长", "合作伙伴张经理")),
        )

    def rows(
        self, account: dict[str, Any], people: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The visits and promise tasks of one account (often none)."""
        visits: list[dict[str, Any]] = []
        tasks: list[dict[str, Any]] = []
        if not people:
            return visits, tasks
        rng = self.rng
        planned = self.planned_left > 0 and rng.random() < 0.5
        if not planned and rng.random() >= self.share:
            return visits, tasks
        count = 1 + (rng.random() < 0.5) + (rng.random() < 0.2)
        # Oldest first: the first visit was a cold visit or a referral.
        ages = sorted((int(rng.random() * _HISTORY_DAYS) + 1 for _ in range(count)), reverse=True)
        if planned:
            ages[-1] = min(ages[-1], 6 + int(rng.random() * 20))  # a recent one to follow up
        for index, age in enumerate(ages):
            first = index == 0
            if first:
                scenario = "referral" if account.get("source") == "referral" else "cold_visit"
            else:
                scenario = "client_visits_us" if rng.random() < 0.12 else "existing_client"
            visit, promises = self._done(account, people, scenario, self._working_day(age), age)
            visits.append(visit)
            tasks.extend(promises)
        if planned:
            visits.append(self._planned(account, people))
        return visits, tasks

    def _attendees(self, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
        chosen = [people[0]]
        if len(people) > 1 and self.rng.random() < 0.4:
            chosen.append(people[1 + int(self.rng.random() * (len(people) - 1))])
        return chosen

    def _done(
        self,
        account: dict[str, Any],
        people: list[dict[str, Any]],
        scenario: str,
        day: date,
        age: int,
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = self.rng
        attendees = self._attendees(people)
        lead = attendees[0]
        start = self._moment(day, 9 + int(rng.random() * 8), self.pick((0, 0, 30)))
        end = start + timedelta(minutes=self.pick((45, 60, 60, 90, 120)))
        place = "我司会议室" if scenario == "client_visits_us" else self.pick(_PLACES)
        visit: dict[str, Any] = {
            "id": new_id(),
            "account_id": account["id"],
            "contact_ids": [c["id"] for c in attendees],
            "start": start,
            "end": end,
            "place": place,
            "scenario": scenario,
            "objectives": self._fill(self.pick(_OBJECTIVES[scenario]), account, lead),
            "created_at": start - timedelta(days=1 + int(rng.random() * 5)),
            "updated_at": end + timedelta(hours=1),
        }
        if rng.random() < 0.06:
            visit.update(status="cancelled", notes=self.pick(_CANCEL_NOTES))
            return visit, []
        visit.update(
            status="done",
            notes=self._fill(self.pick(_NOTES), account, lead),
            needs_found=self.pick(_NEEDS),
            objections=self.pick(_OBJECTIONS),
            outcome=self.pick(_OUTCOMES),
            next_steps=self._fill(self.pick(_NEXT_STEPS), account, lead),
            satisfaction=_SATISFACTION.draw(rng),
            checklist={
                "version": "1",
                "ticked": {item: True for item in _USUAL_TICKS if rng.random() < 0.85},
            },
        )
        tasks = []
        for _ in range(int(rng.random() < 0.6) + int(rng.random() < 0.2)):
            due = end + timedelta(days=2 + int(rng.random() * 12))
            done = due < self.now and (age > 30 or rng.random() < 0.5)
            tasks.append(
                {
                    "account_id": account["id"],
                    "contact_id": lead["id"],
                    "visit_id": visit["id"],
                    "kind": "promise",
                    "title": self.pick(_PROMISES),
                    "due": due,
                    "done": done,
                    "done_at": due - timedelta(days=1) if done else None,
                    "created_at": end,
                    "updated_at": due if done else end,
                }
            )
        return visit, tasks

    def _planned(self, account: dict[str, Any], people: list[dict[str, Any]]) -> dict[str, Any]:
        rng = self.rng
        self.planned_left -= 1
        taken = len(_PLANNED_TODAY) + _PLANNED_LATER - self.planned_left - 1
        if taken < len(_PLANNED_TODAY):
            day, (hour, minute) = self.today, _PLANNED_TODAY[taken]
        else:
            later = self._next_working_days(5)
            day = later[(taken - len(_PLANNED_TODAY)) % len(later)]
            hour, minute = self.pick(((9, 30), (10, 0), (11, 0), (14, 0), (15, 0), (16, 0)))
        start = self._moment(day, hour, minute)
        scenario = "client_visits_us" if rng.random() < 0.15 else "existing_client"
        attendees = self._attendees(people)
        return {
            "account_id": account["id"],
            "contact_ids": [c["id"] for c in attendees],
            "start": start,
            "end": start + timedelta(minutes=self.pick((60, 60, 90))),
            "place": "我司会议室"
            if scenario == "client_visits_us"
            else (account.get("address") or self.pick(_PLACES)),
            "scenario": scenario,
            "status": "planned",
            "objectives": self._fill(self.pick(_OBJECTIVES[scenario]), account, attendees[0]),
            "checklist": {},
            "created_at": self.now - timedelta(days=1 + int(rng.random() * 4)),
            "updated_at": self.now - timedelta(hours=2),
        }


#: Of the people met at the demo's visits: the share the rep noted observations of,
#: and of those the share whose observations saw only one axis (undecided).
_OBSERVED_SHARE = 0.8
_ONE_AXIS_SHARE = 0.15
#: Behaviours noted per visit, and how often a noted one contradicts the person's style.
_NOTED_PER_VISIT = (3, 4, 4, 5, 6)
_NOISE = 0.1


class _DemoObservations:
    """The rep's observations of the people met at the demo's done visits.

    Each observed person has a style (the one set on the contact, else one
    drawn); at every done visit they attended, the rep noted three to six
    behaviours of the checklist, seen or looked for in vain, as that style
    would show them with a little noise. The assessment is computed and
    stored the way :func:`kamdesk.services.personality.record_observations`
    stores it (:func:`~kamdesk.services.personality.assessment_to_json`), so
    confidence grows with the visits (mostly low after one, medium or high
    after several). A few people were seen on one axis only and stay
    undecided; a style set on the contact that the observations do not bear
    out is kept as the rep's label. Half the observed people are kept on
    this laptop. Only people met at visits (a few hundred at most) are
    observed, so a big book costs no more than a small one.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def observe(self, contacts: list[dict[str, Any]], visits: list[dict[str, Any]]) -> None:
        from kamdesk.services import personality

        met: dict[str, list[dict[str, Any]]] = {}
        for visit in visits:
            if visit.get("status") == "done":
                for contact_id in visit["contact_ids"]:
                    met.setdefault(contact_id, []).append(visit)
        if not met:
            return
        content = personality.shipped_content()
        for contact in contacts:
            seen_at = met.get(contact["id"])
            if not seen_at or self.rng.random() >= _OBSERVED_SHARE:
                continue
            label = contact.get("personality")
            style = label or personality.STYLES[int(self.rng.random() * 4)]
            one_axis = (
                self.pick(tuple(personality.AXES)) if self.rng.random() < _ONE_AXIS_SHARE else None
            )
            observations = []
            for visit in sorted(seen_at, key=lambda v: v["start"]):
                observations += self._at_visit(visit, style, one_axis, content)
            if not observations:
                continue
            assessment = personality.assess(observations, content)
            at = observations[-1].at
            override = None
            if label is not None and assessment.computed_style != label:
                override = personality.Override(label, "", at, "", personality.OVERRIDE_LABEL)
            assessment = dataclasses.replace(
                assessment, override=override, assessed_at=at, checked_at=observations[0].at
            )
            contact["personality_assessment"] = personality.assessment_to_json(assessment)
            contact["personality"] = (
                assessment.style if assessment.style in personality.STYLES else None
            )
            contact["keep_local"] = self.rng.random() < 0.5

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def _at_visit(
        self, visit: dict[str, Any], style: str, only_axis: str | None, content: Any
    ) -> list[Any]:
        from kamdesk.services import personality

        entry = content.styles[style]
        poles = {"pace": entry.pace, "orientation": entry.orientation}
        behaviours = [b for b in content.behaviours if only_axis in (None, b.axis)]
        count = min(self.pick(_NOTED_PER_VISIT), len(behaviours))
        noted = self.rng.sample(behaviours, count)
        at = visit["end"] + timedelta(minutes=10 + int(self.rng.random() * 50))
        source = personality.ObservationSource("visit", visit["id"])
        observations = []
        for behaviour in noted:
            fits = behaviour.pole == poles[behaviour.axis]
            if self.rng.random() < _NOISE:
                fits = not fits
            observations.append(personality.Observation(behaviour.id, fits, at, source, ""))
        return observations


def generate_demo(
    session: Session,
    accounts: int = 200,
    *,
    seed: int | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
    visits: bool = True,
) -> DemoResult:
    """Adds ``accounts`` demo accounts, each with one to five contacts (three on average).

    Some accounts have visits: done in the last half year (at most a few
    hundred in all, one rep's worth) with their reports and the promises made
    (follow-up tasks, the recent ones still open), a few cancelled, and a
    dozen planned: three today and the rest on the next working days, each
    at an account visited before. Most people met at those visits have the
    rep's observations of them (:class:`_DemoObservations`), so their styles
    show with a confidence; some stay undecided, the rest unassessed.

    Rows are written in batches of :data:`BATCH_ACCOUNTS` accounts; after each
    batch ``progress(done, accounts, message)`` is called and ``cancel`` is
    checked. The caller's unit of work commits; if it is cancelled
    (:class:`~kamdesk.cancel.Cancelled` propagates) the caller rolls back and
    nothing is left behind. Names already in the session's database are not
    reused, so running it twice adds new companies.

    Args:
        session: the unit of work's session; never committed here.
        accounts: how many accounts to add.
        seed: the same seed gives the same content (names, phones, classes...)
            in an empty client book; row ids are always fresh.
        progress: told after every batch.
        cancel: checked before every batch.
        now: the moment the visits are placed around (default: now).
        visits: add visits and promises (``False``: accounts and contacts only).

    Raises:
        Cancelled: ``cancel`` was cancelled; some batches may have been written.
        ValueError: ``accounts`` is negative.
    """
    if accounts < 0:
        raise ValueError(f"accounts must not be negative, got {accounts}")
    book = _DemoBook(random.Random(seed))
    book.names.update(session.scalars(select(Account.name)))
    # A generator of their own: the accounts and contacts of a seed stay as they were.
    visit_rng = random.Random(None if seed is None else f"visits-{seed}")
    planner = _DemoVisits(visit_rng, accounts, now or datetime.now(UTC))
    observer = _DemoObservations(visit_rng)
    added_accounts = 0
    added_contacts = 0
    added_visits = 0
    added_tasks = 0
    with bulk_writing(session):
        while added_accounts < accounts:
            if cancel is not None:
                cancel.raise_if_cancelled()
            batch = min(BATCH_ACCOUNTS, accounts - added_accounts)
            account_rows: list[dict[str, Any]] = []
            contact_rows: list[dict[str, Any]] = []
            for _ in range(batch):
                account, domain, area = book.account()
                account_rows.append(account)
                titles: set[str] = set()
                for _index in range(_CONTACT_COUNT.draw(book.rng)):
                    contact_rows.append(book.contact(account["id"], domain, area, titles))
            people: dict[str, list[dict[str, Any]]] = {}
            for contact in contact_rows:
                contact["id"] = new_id()  # the visits and the observations refer to it
                people.setdefault(contact["account_id"], []).append(contact)
            visit_rows: list[dict[str, Any]] = []
            task_rows: list[dict[str, Any]] = []
            for account in account_rows if visits else ():
                made, promised = planner.rows(account, people.get(account["id"], []))
                visit_rows += made
                task_rows += promised
            observer.observe(contact_rows, visit_rows)
            insert_new_rows(session, Account, account_rows)
            session.execute(
                insert(DemoAccount), [{"account_id": row["id"]} for row in account_rows]
            )
            insert_new_rows(session, Contact, contact_rows)
            if visit_rows:
                insert_new_rows(session, Visit, visit_rows)
            if task_rows:
                insert_new_rows(session, Task, task_rows)
            added_accounts += batch
            added_contacts += len(contact_rows)
            added_visits += len(visit_rows)
            added_tasks += len(task_rows)
            progress(added_accounts, accounts, "")
    return DemoResult(
        accounts=added_accounts,
        contacts=added_contacts,
        visits=added_visits,
        tasks=added_tasks,
    )


# --- removing it --------------------------------------------------------------------


@dataclass(frozen=True)
class DemoRows:
    """The demo accounts here and the rows that go with them (the rep's own among them)."""

    accounts: int
    contacts: int
    visits: int
    tasks: int
    #: calls, special dates and scores
    other: int = 0

    @property
    def total(self) -> int:
        return self.accounts + self.contacts + self.visits + self.tasks + self.other


_DEMO_IDS = "SELECT account_id FROM demo_accounts"


def _demo_where(model: type[Any]) -> str:
    column = "id" if model is Account else "account_id"
    return f"{column} IN ({_DEMO_IDS})"


def demo_rows(session: Session) -> DemoRows:
    """What :func:`remove_demo` would take out: the demo accounts and their rows.

    Rows the rep added to a demo account (a contact, a visit) belong to it and
    are counted, and removed, with it; so are rows deleted since (their
    deletion has not been synced either).
    """
    connection = session.connection()
    counts: dict[str, int] = {}
    for model in SYNCED_MODELS.values():
        table = model.__tablename__
        counts[model.entity] = int(
            connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE {_demo_where(model)}"
            ).scalar_one()
        )
    return DemoRows(
        accounts=counts.pop("account"),
        contacts=counts.pop("contact"),
        visits=counts.pop("visit"),
        tasks=counts.pop("task"),
        other=sum(counts.values()),
    )


def remove_demo(session: Session) -> DemoRows:
    """Takes the demo accounts out, with every row of theirs; the rep's own accounts stay.

    Demo data never syncs (:class:`kamdesk.sync.DemoDataPresent`), so its rows
    and their pending changes are simply deleted: nothing of them is sent.
    The pending changes made since are renumbered to follow on without a gap,
    as the hub expects them. Should the hub know any of these rows (demo data
    synced by a kamdesk that did not refuse it), they are deleted the way a
    rep deletes, so that the sync deletes them on the hub too.

    Args:
        session: the unit of work's session; never committed here.

    Returns:
        What was removed (all zero when there was no demo data).
    """
    from kamdesk.sync import local

    removed = demo_rows(session)
    session.flush()
    connection = session.connection()
    if not local.demo_account_count(connection):
        return removed
    models = list(SYNCED_MODELS.values())
    rows = {
        model.entity: list(
            connection.exec_driver_sql(
                f"SELECT id FROM {model.__tablename__} WHERE {_demo_where(model)}"
            ).scalars()
        )
        for model in models
    }
    if not local.forget_unsent_rows(connection, rows):
        _delete_as_the_rep_does(session)
    else:
        for model in models:
            connection.exec_driver_sql(
                f"DELETE FROM {model.__tablename__} WHERE {_demo_where(model)}"
            )
        search_index.reindex(connection, search_index.KIND_ACCOUNT, rows["account"])
    connection.exec_driver_sql("DELETE FROM demo_accounts")
    return removed


def _delete_as_the_rep_does(session: Session) -> None:
    from kamdesk.services.accounts import delete_account

    live = session.scalars(
        select(Account.id).where(
            Account.id.in_(select(DemoAccount.account_id)), Account.deleted.is_(False)
        )
    )
    for account_id in list(live):
        delete_account(session, account_id)
