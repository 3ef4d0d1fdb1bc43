import type { Prng } from './prng.ts';

/** Word stems and descriptive names per industry theme: combined into fictional company names. */
export const THEMES = {
  pharma: { stems: ['Фарм', 'Фармация', 'Медхим', 'Витафарм', 'Фармсинтез'], plants: ['фармацевтическая фабрика', 'завод лекарственных средств'] },
  biotech: { stems: ['Био', 'Биотех', 'Генотех', 'Биосинтез', 'Иммунобио'], plants: ['биотехнологический центр', 'завод биопрепаратов'] },
  food: { stems: ['Нутри', 'Витапродукт', 'Облепиха', 'Фитопродукт', 'Здоровое питание'], plants: ['комбинат функционального питания', 'фабрика фитопродуктов'] },
  medtech: { stems: ['Медтех', 'Медприбор', 'Медизделия', 'Диагност'], plants: ['завод медицинских изделий', 'приборный завод медицинской техники'] },
  composite: { stems: ['Композит', 'Полимер', 'Стеклопластик', 'Карбон', 'Полиформ'], plants: ['завод композитных изделий', 'завод полимерных конструкций'] },
  auto: { stems: ['Автокомпонент', 'Автодеталь', 'Моторс', 'Авто', 'Драйвтех'], plants: ['завод автокомпонентов', 'завод кузовных деталей'] },
  rail: { stems: ['Вагон', 'Рельстех', 'Трансмаш', 'Вагонкомплект'], plants: ['вагоностроительный завод', 'завод железнодорожных комплектующих'] },
  electronics: { stems: ['Электрон', 'Микроприбор', 'Плата', 'Чиптех', 'Сенсор'], plants: ['завод электронных компонентов', 'приборостроительный завод'] },
  electrotech: { stems: ['Электро', 'Энергомаш', 'Трансформатор', 'Кабель', 'Электропривод'], plants: ['электротехнический завод', 'завод низковольтной аппаратуры'] },
  chemistry: { stems: ['Хим', 'Синтез', 'Реактив', 'Химпром', 'Полихим'], plants: ['химический завод', 'завод химических реактивов'] },
  machinery: { stems: ['Маш', 'Станкомаш', 'Механика', 'Привод', 'Техмаш'], plants: ['машиностроительный завод', 'станкостроительный завод'] },
  digital: { stems: ['Цифра', 'Серверные системы', 'Телеком', 'Вычтех', 'Инфосистемы'], plants: ['завод вычислительной техники', 'завод телекоммуникационного оборудования'] },
  shipbuilding: { stems: ['Верфь', 'Судомаш', 'Флот', 'Марин', 'Судокомплект'], plants: ['судостроительный завод', 'судоремонтный завод'] },
  metal: { stems: ['Металл', 'Сталькон', 'Металлоконструкция', 'Профметалл'], plants: ['завод металлоконструкций', 'механический завод'] },
  engines: { stems: ['Дизель', 'Мотор', 'Двигатель', 'Турбо'], plants: ['дизельный завод', 'завод судовых механизмов'] },
  paints: { stems: ['Краска', 'Покрытия', 'Лакокраска', 'Антикор'], plants: ['завод лакокрасочных материалов'] },
  shipService: { stems: ['Судосервис', 'Судоремонт', 'Морсервис', 'Доксервис'], plants: ['судоремонтный завод', 'сервисный центр флота'] },
  wood: { stems: ['Лес', 'Древ', 'Лесопром', 'Фанера', 'Лесоэкспорт'], plants: ['лесопильный комбинат', 'деревообрабатывающий комбинат'] },
  paper: { stems: ['Бумага', 'Картон', 'Целлюлоза', 'Гофротара'], plants: ['картонажная фабрика', 'бумажная фабрика'] },
  furniture: { stems: ['Мебель', 'Мебельпром', 'Интерьер', 'Массив'], plants: ['мебельная фабрика'] },
  oilgas: { stems: ['Нефть', 'Газ', 'Нефтесервис', 'Бурсервис', 'Нефтемаш'], plants: ['нефтегазодобывающая компания', 'буровая компания'] },
  meat: { stems: ['Мясопродукт', 'Колбасы', 'Мясной двор'], plants: ['мясокомбинат', 'мясоперерабатывающий завод'] },
  bakery: { stems: ['Хлеб', 'Каравай', 'Пекарь'], plants: ['хлебокомбинат', 'хлебозавод'] },
  beverages: { stems: ['Родник', 'Аква', 'Напитки'], plants: ['завод минеральных вод'] },
  concrete: { stems: ['Бетон', 'ЖБИ', 'Стройдеталь'], plants: ['завод железобетонных изделий', 'завод строительных материалов'] },
  printing: { stems: ['Печать', 'Полиграф', 'Принт'], plants: ['типография', 'полиграфический комбинат'] },
  energy: { stems: ['Энерго', 'Теплосеть', 'Энергосбыт'], plants: ['электросетевая компания'] },
  recycling: { stems: ['Вторресурс', 'Экосервис', 'Утиль'], plants: ['завод переработки отходов'] },
  construction: { stems: ['Строй', 'Стройинвест', 'Монтаж'], plants: ['строительно-монтажное управление'] },
  trade: { stems: ['Торг', 'Снаб', 'Комплект'], plants: ['торговый дом'] },
  transport: { stems: ['Транс', 'Логистик', 'Автотранс'], plants: ['транспортная компания'] },
  engineering: { stems: ['Инжиниринг', 'Проект', 'Техпроект'], plants: ['проектный институт', 'инжиниринговая компания'] },
  agro: { stems: ['Агро', 'Нива', 'Агрохолдинг'], plants: ['агрокомбинат', 'сельскохозяйственное предприятие'] },
} as const;
export type ThemeKey = keyof typeof THEMES;

/** Place words per region: rivers, towns and landscapes, so names sound local without copying real firms. */
const PLACE_WORDS: Record<string, string[]> = {
  '22': ['Бия', 'Катунь', 'Чуя', 'Приобье', 'Предгорье', 'Белокурье'],
  '40': ['Угра', 'Ока', 'Протва', 'Приокье', 'Калужье', 'Жиздра'],
  '30': ['Каспий', 'Ахтуба', 'Дельта', 'Нижняя Волга', 'Бузан', 'Болда'],
  '54': ['Обь', 'Иня', 'Бердь', 'Бараба', 'Академ', 'Сибирь'],
  '11': ['Вычегда', 'Сысола', 'Печора', 'Ижма', 'Парма', 'Тиман'],
  '77': ['Столица', 'Яуза', 'Сетунь', 'Неглинка'],
  '78': ['Нева', 'Охта', 'Фонтанка', 'Балтика'],
  '47': ['Ладога', 'Свирь', 'Волхов', 'Луга'],
  '23': ['Кубань', 'Лаба', 'Тамань', 'Причерноморье'],
  '29': ['Двина', 'Поморье', 'Пинега', 'Онега'],
  '43': ['Вятка', 'Кильмезь', 'Чепца', 'Прикамье'],
  other: ['Россия', 'Евразия', 'Регион'],
};

const ADJECTIVES: Record<string, string[]> = {
  '22': ['Бийский', 'Алтайский', 'Приобский'],
  '40': ['Калужский', 'Приокский', 'Обнинский'],
  '30': ['Астраханский', 'Каспийский', 'Волжский'],
  '54': ['Новосибирский', 'Сибирский', 'Бердский'],
  '11': ['Северный', 'Сыктывкарский', 'Ухтинский'],
  '77': ['Московский', 'Столичный'],
  '78': ['Невский', 'Петербургский', 'Балтийский'],
  '47': ['Ладожский', 'Ленинградский'],
  '23': ['Кубанский', 'Краснодарский'],
  '29': ['Северо-Двинский', 'Поморский'],
  '43': ['Вятский', 'Кировский'],
  other: ['Российский'],
};

const SURNAMES = ['Иванов', 'Кузнецов', 'Соколов', 'Попов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Волков', 'Зайцев', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов', 'Богданов', 'Воробьёв', 'Фёдоров', 'Михайлов', 'Беляев', 'Тарасов', 'Белов', 'Комаров', 'Орлов', 'Киселёв', 'Макаров', 'Андреев', 'Ковалёв', 'Ильин', 'Гусев', 'Титов'];
const INITIALS = 'АБВГДЕИКЛМНОПРСТФЮЯ';

export interface GeneratedName {
  name: string;
  shortName: string;
}

/** Makes company names unique within one demo set. */
export class NameFactory {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Prng) {}

  company(theme: ThemeKey, regionCode: string, legalForm: 'ООО' | 'АО' | 'ПАО' = 'ООО'): GeneratedName {
    const places = PLACE_WORDS[regionCode] ?? PLACE_WORDS.other!;
    const adjectives = ADJECTIVES[regionCode] ?? ADJECTIVES.other!;
    const { stems, plants } = THEMES[theme];
    for (let attempt = 0; ; attempt++) {
      const core = this.rng.chance(0.3)
        ? descriptive(this.rng.pick(adjectives), this.rng.pick(plants))
        : `${this.rng.pick(places)}-${this.rng.pick(stems)}`;
      const candidate = attempt < 6 ? core : `${core} ${attempt - 4}`;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return { name: `${legalForm} «${candidate}»`, shortName: candidate };
      }
    }
  }

  entrepreneur(): GeneratedName {
    for (;;) {
      const person = `${this.rng.pick(SURNAMES)} ${this.rng.pick([...INITIALS])}. ${this.rng.pick([...INITIALS])}.`;
      if (!this.used.has(person)) {
        this.used.add(person);
        return { name: `ИП ${person}`, shortName: `ИП ${person}` };
      }
    }
  }

  /** A fixed name (institutions, administrations): recorded so generated names never repeat it. */
  fixed(name: string, shortName: string): GeneratedName {
    if (this.used.has(shortName)) throw new Error(`Duplicate demo name ${shortName}`);
    this.used.add(shortName);
    return { name, shortName };
  }
}

type Gender = 'm' | 'f' | 'n';
const ADJECTIVE_ENDING = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;

/** The gender of the first noun of a phrase ("транспортная компания" → f), for agreement. */
function genderOf(phrase: string): Gender {
  const noun = phrase.split(' ').find((word) => !ADJECTIVE_ENDING.test(word)) ?? phrase;
  if (/[ая]$/.test(noun)) return 'f';
  if (/[ео]$/.test(noun)) return 'n';
  return 'm';
}

/** "Бийский" + "фармацевтическая фабрика" → "Бийская фармацевтическая фабрика". */
function descriptive(adjective: string, plant: string): string {
  const gender = genderOf(plant);
  const agreed = gender === 'm' ? adjective : adjective.replace(/(ий|ый)$/, gender === 'f' ? 'ая' : 'ое');
  return capitalise(`${agreed} ${plant}`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
