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
  shipService: { stems: ['Судосервис', 'Судоремонт', 'Морсервис', 'Доксервис'], plants: ['судоремонтные мастерские'] },
  wood: { stems: ['Лес', 'Древ', 'Лесопром', 'Фанера', 'Лесоэкспорт'], plants: ['лесопильный комбинат', 'деревообрабатывающий комбинат'] },
  paper: { stems: ['Бумага', 'Картон', 'Целлюлоза', 'Гофротара'], plants: ['картонажная фабрика', 'бумажная фабрика'] },
  furniture: { stems: ['Мебель', 'Мебельпром', 'Интерьер', 'Массив'], plants: ['мебельная фабрика'] },
  oilgas: { stems: ['Нефть', 'Газ', 'Нефтесервис', 'Бурсервис', 'Нефтемаш'], plants: ['нефтегазодобывающая компания', 'буровая компания'] },
  background: { stems: ['Строй', 'Агро', 'Хлеб', 'Бетон', 'Транс', 'Торг', 'Печать', 'Энерго'], plants: ['хлебокомбинат', 'завод строительных материалов', 'типография'] },
} as const;
export type ThemeKey = keyof typeof THEMES;

/** Place words per region: rivers, towns and landscapes, so names sound local without copying real firms. */
const PLACE_WORDS: Record<string, string[]> = {
  '22': ['Бия', 'Катунь', 'Чуя', 'Приобье', 'Предгорье', 'Белокурье'],
  '40': ['Угра', 'Ока', 'Протва', 'Приокье', 'Калужье', 'Жиздра'],
  '30': ['Каспий', 'Ахтуба', 'Дельта', 'Нижняя Волга', 'Бузан', 'Болда'],
  '54': ['Обь', 'Иня', 'Бердь', 'Бараба', 'Академ', 'Сибирь'],
  '11': ['Вычегда', 'Сысола', 'Печора', 'Ижма', 'Парма', 'Тиман'],
  other: ['Нева', 'Кубань', 'Двина', 'Вятка', 'Поморье', 'Ладога'],
};

const ADJECTIVES: Record<string, string[]> = {
  '22': ['Бийский', 'Алтайский', 'Приобский'],
  '40': ['Калужский', 'Приокский', 'Обнинский'],
  '30': ['Астраханский', 'Каспийский', 'Волжский'],
  '54': ['Новосибирский', 'Сибирский', 'Бердский'],
  '11': ['Северный', 'Сыктывкарский', 'Ухтинский'],
  other: ['Невский', 'Кубанский', 'Северо-Двинский'],
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
        ? capitalise(`${this.rng.pick(adjectives)} ${this.rng.pick(plants)}`)
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
