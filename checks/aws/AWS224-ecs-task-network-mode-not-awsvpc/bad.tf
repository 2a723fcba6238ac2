resource "aws_ecs_task_definition" "app" { # expect: AWS224
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1.0" }])
}

resource "aws_ecs_task_definition" "host" {
  family                = "host"
  network_mode          = "host" # expect: AWS224
  container_definitions = jsonencode([{ name = "app", image = "app:1.0" }])
}
