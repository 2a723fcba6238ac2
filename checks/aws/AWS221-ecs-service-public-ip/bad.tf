resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = "main"
  task_definition = "web:3"
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = true # expect: AWS221
  }
}
