import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
} from 'chart.js';

// chart.js is tree-shaken: the controllers, elements, scales and plugins the app draws with are
// registered once, here, for the pages' charts and the printed documents' alike.
Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, ScatterController, Title, Tooltip);

export { Chart };
