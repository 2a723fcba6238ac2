variable "privileged" {
  type = bool
}

resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    {
      name       = "web"
      image      = "public.ecr.aws/nginx/nginx:1.27"
      essential  = true
      privileged = false
    },
    {
      name      = "sidecar"
      image     = "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0"
      essential = false
    }
  ])
}

resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"
  container_definitions = jsonencode([
    {
      name       = "app"
      image      = "app:1.0.0"
      privileged = var.privileged
    }
  ])
}
