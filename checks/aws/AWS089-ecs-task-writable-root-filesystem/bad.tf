resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    { # expect: AWS089
      name      = "web"
      image     = "public.ecr.aws/nginx/nginx:1.27"
      essential = true
    }
  ])
}
