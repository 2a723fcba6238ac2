resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = "main"
  task_definition = "web:3"
  launch_type     = "FARGATE"
  network_configuration {
    subnets         = ["subnet-0123456789abcdef0"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}
