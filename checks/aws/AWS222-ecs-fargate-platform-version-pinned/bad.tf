resource "aws_ecs_service" "web" {
  name             = "web"
  cluster          = "main"
  task_definition  = "web:3"
  launch_type      = "FARGATE"
  platform_version = "1.3.0" # expect: AWS222
}
