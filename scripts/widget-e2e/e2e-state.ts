/** What the widget's browser tests get from the platform the tier started (a JSON file, WIDGET_E2E_STATE). */
export interface WidgetE2eState {
  shopUrl: string;
  /** POST /revised-offer drives a trade-in to its revised offer (control-server.ts). */
  controlUrl: string;
  urls: { quote: string; intake: string; grading: string; payout: string };
  partnerId: string;
  apiKey: string;
  ops: string;
  grader: string;
  /** A widget session token of the shop's origin that expired a minute ago. */
  expiredSession: string;
  /** The platform's signing secret for this run only (tests sign nothing else with it). */
  jwtSecret: string;
}
