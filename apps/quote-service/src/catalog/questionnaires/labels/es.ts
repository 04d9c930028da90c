import { type QuestionnaireTexts } from './question-texts';

/** Spanish (Spain). */
export const ES: QuestionnaireTexts = {
  functional: {
    label: '¿Funciona todo (encendido, botones, cámaras, sonido, conectividad)?',
    options: {
      works: 'Todo funciona',
      minor_issues: 'Falla una función secundaria',
      not_working: 'No enciende o fallan funciones principales',
    },
  },
  screen: {
    label: 'Estado de la pantalla',
    options: {
      flawless: 'Sin arañazos visibles',
      light_scratches: 'Arañazos leves, invisibles con la pantalla encendida',
      deep_scratches: 'Arañazos profundos que se notan con la uña',
      cracked: 'Cristal roto, la pantalla funciona',
      display_defect: 'Píxeles muertos, líneas, pantalla quemada o fallos táctiles',
    },
  },
  body: {
    label: 'Estado de la carcasa y el marco',
    options: {
      flawless: 'Como nuevo',
      light_wear: 'Arañazos o rozaduras leves',
      heavy_wear: 'Abolladuras, arañazos profundos o desconchones',
      cracked_or_bent: 'Parte trasera rota o marco doblado',
    },
  },
  battery: {
    label: 'Estado de la batería (Ajustes › Batería)',
    options: { '80_or_more': '80 % o más', below_80: 'Menos del 80 % o aparece «Servicio»' },
  },
  phone_locks: {
    label: 'Bloqueos',
    options: {
      none: 'Desbloqueado, Buscar / cuenta de Google eliminada',
      sim_locked: 'Bloqueado a un operador (bloqueo SIM)',
      activation_locked: 'Buscar, Google FRP o un bloqueo de cuenta aún activo',
    },
  },
  account_locks: {
    label: 'Bloqueos',
    options: {
      none: 'Sesión cerrada, sin bloqueo de activación ni de firmware',
      activation_locked: 'Bloqueo de activación, contraseña de firmware o cuenta aún activa',
    },
  },
  accessories: {
    label: 'Accesorios de la caja (cargador, cables)',
    options: { complete: 'Todos incluidos', some_missing: 'Faltan algunos', none: 'Ninguno incluido' },
  },
  controllers: {
    label: 'Mandos de la caja',
    options: {
      all_included: 'Todos incluidos y funcionando',
      some_faulty: 'Incluidos, uno tiene deriva o un botón defectuoso',
      missing: 'Faltan',
    },
  },
  keyboard: {
    label: 'Teclado y trackpad',
    options: { works: 'Todas las teclas y el trackpad funcionan', faulty: 'Fallan algunas teclas o el trackpad' },
  },
};
