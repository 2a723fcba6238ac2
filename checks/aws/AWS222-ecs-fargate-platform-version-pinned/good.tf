resource "aws_ecs_service" "web" {
  name             = "web"
  cluster          = "main"
  task_definition  = "web:3"
  launch_type      = "FARGATE"
  platform_version = "LATEST"
}

resource "aws_ecs_service" "default" {
  name            = "default"
  cluster         = "main"
  task_definition = "web:3"
  launch_type     = "FARGATE"
}
