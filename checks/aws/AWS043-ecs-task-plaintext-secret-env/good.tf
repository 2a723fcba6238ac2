variable "token" {
  type = string
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([
    {
      name  = "api"
      image = "api:2.3.1"
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "TOKEN_TTL_SECONDS_ENABLED", value = "" }
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db" }
      ]
    }
  ])
}

# The value comes from a variable: not known here, so not reported.
resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    {
      name        = "worker"
      image       = "worker:1.0.0"
      environment = [{ name = "API_TOKEN", value = var.token }]
    }
  ])
}
