import { shopOriginProblem } from './shop-origin';

describe('shopOriginProblem', () => {
  it.each(['https://shop.example.com', 'https://shop.example.com:8443', 'http://127.0.0.1:5300', 'http://localhost:3000'])(
    'accepts %s',
    (o) => {
      expect(shopOriginProblem(o)).toBeNull();
    },
  );

  it.each([
    ['http://shop.example.com', /https/],
    ['https://shop.example.com/', /nothing after it/],
    ['https://shop.example.com/trade-in', /nothing after it/],
    ['https://Shop.example.com', /nothing after it/],
    ['https://shop.example.com:443', /nothing after it/],
    ['https://user:pw@shop.example.com', /credentials/],
    ['shop.example.com', /origin such as/],
    ['*', /origin such as/],
    ['javascript:alert(1)', /https/],
  ])('refuses %s', (o, reason) => {
    expect(shopOriginProblem(o)).toMatch(reason);
  });
});
