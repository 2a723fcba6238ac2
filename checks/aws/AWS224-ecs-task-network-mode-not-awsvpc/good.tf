resource "aws_ecs_task_definition" "app" {
  family                = "app"
  network_mode          = "awsvpc"
  container_definitions = jsonencode([{ name = "app", image = "app:1.0" }])
}
