import { type QuestionnaireTexts } from './question-texts';

/** Japanese. */
export const JA: QuestionnaireTexts = {
  functional: {
    label: 'すべて正常に動作しますか（電源、ボタン、カメラ、音声、通信）？',
    options: {
      works: 'すべて正常に動作する',
      minor_issues: '一部の軽微な機能が動作しない',
      not_working: '電源が入らない、または主要な機能が動作しない',
    },
  },
  screen: {
    label: '画面の状態',
    options: {
      flawless: '目立つ傷なし',
      light_scratches: '画面点灯時には見えない軽い傷',
      deep_scratches: '爪に引っかかる深い傷',
      cracked: 'ガラスにひびあり（表示は正常）',
      display_defect: 'ドット抜け、線、焼き付き、またはタッチ不良',
    },
  },
  body: {
    label: '本体・フレームの状態',
    options: {
      flawless: '新品同様',
      light_wear: '軽い傷や擦れ',
      heavy_wear: 'へこみ、深い傷、または欠け',
      cracked_or_bent: '背面の割れ、またはフレームの曲がり',
    },
  },
  battery: {
    label: 'バッテリーの状態（設定 › バッテリー）',
    options: { '80_or_more': '80% 以上', below_80: '80% 未満、または「修理サービス」と表示' },
  },
  phone_locks: {
    label: 'ロック',
    options: {
      none: 'ロックなし（「探す」・Google アカウント削除済み）',
      sim_locked: '携帯会社の SIM ロックあり',
      activation_locked: '「探す」、Google FRP、またはアカウントのロックが有効',
    },
  },
  account_locks: {
    label: 'ロック',
    options: {
      none: 'サインアウト済み、アクティベーションロック・ファームウェアロックなし',
      activation_locked: 'アクティベーションロック、ファームウェアパスワード、またはアカウントが有効',
    },
  },
  accessories: {
    label: '付属品（充電器、ケーブル）',
    options: { complete: 'すべてあり', some_missing: '一部欠品', none: '付属品なし' },
  },
  controllers: {
    label: '付属のコントローラー',
    options: {
      all_included: 'すべてあり、正常に動作',
      some_faulty: 'あり（1台にスティックのドリフトまたはボタン不良）',
      missing: 'なし',
    },
  },
  keyboard: {
    label: 'キーボードとトラックパッド',
    options: { works: 'すべてのキーとトラックパッドが動作する', faulty: '一部のキーまたはトラックパッドが動作しない' },
  },
};
