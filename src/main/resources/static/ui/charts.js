// Draws every <canvas class="chart"> of the dashboard from its data-chart JSON ({labels, values}).
document.querySelectorAll('canvas.chart').forEach(function (canvas) {
  var data = JSON.parse(canvas.dataset.chart);
  var palette = ['#1b6ca8', '#e07b39', '#3a9d5d', '#c8423b', '#8e6cb8', '#d4a017', '#4a9fb5', '#7a7a7a',
    '#a0522d', '#2e8b57', '#b03060', '#556b2f', '#4682b4', '#cd853f', '#708090', '#9acd32'];
  new Chart(canvas, {
    type: canvas.dataset.type,
    data: {
      labels: data.labels,
      datasets: [{label: canvas.dataset.label, data: data.values, backgroundColor: palette}]
    },
    options: {
      indexAxis: canvas.dataset.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {legend: {display: canvas.dataset.type === 'doughnut', position: 'bottom'}}
    }
  });
});
