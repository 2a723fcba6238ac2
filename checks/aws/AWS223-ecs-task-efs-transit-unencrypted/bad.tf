resource "aws_ecs_task_definition" "app" {
  family                = "app"
  network_mode          = "awsvpc"
  container_definitions = jsonencode([{ name = "app", image = "app:1.0", readonlyRootFilesystem = true }])
  volume {
    name = "scratch"
  }
  volume { # expect: AWS223
    name = "shared"
    efs_volume_configuration {
      file_system_id = "fs-0123456789abcdef0"
    }
  }
}
